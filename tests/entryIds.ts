/** The public link contract: every entry id, in page order. */
export const ENTRY_IDS = [
  'kubevela-vs-helm',
  'crossplane-cloud-resources',
  'kubevela-roadmap',
  'cert-manager-namespace-terminating',
  'scopedefinition-exists',
  'docker-hub-pull-rate-limit',
  'cert-manager-namespace-exists',
  'mutating-webhook-configuration-exists',
  'autoscale-metrics-server',
];
