import {describe, expect, it} from 'vitest';
import {findEvidence} from '../../../src/search/evidence';
import {tokenize} from '../../../src/search/tokenize';

const evidence = (text: string) =>
  findEvidence(text, [...new Set(tokenize(text))]);

describe('findEvidence', () => {
  it('finds the reasons Kubernetes gives for a wrong state', () => {
    const {reasons} = evidence(
      'api-0 0/1 CrashLoopBackOff, Last State: OOMKilled; node DiskPressure',
    );
    expect(reasons).toEqual(['crashloopbackof', 'oomkill', 'diskpressur']);
  });

  it('finds registry and API answers that name another cause', () => {
    const {reasons} = evidence(
      'rpc error: code = NotFound desc = manifest unknown; reason: AuthUnauthorized',
    );
    expect(reasons).toEqual(['notfound', 'authunauthoriz']);
  });

  it('passes over humped words that name things, not problems', () => {
    const {reasons} = evidence(
      'Controlled By: ReplicaSet/api; KubeSphere DevOps; PullImage; maxUnavailable: 1; workflowFailed',
    );
    expect(reasons).toEqual([]);
  });

  it('finds dotted API names but not versions', () => {
    const {names} = evidence(
      'kubectl get --raw /apis/custom.metrics.k8s.io/v1beta1 with helm v3.9.0 built by go1.14.12',
    );
    expect(names).toEqual(['custom.metrics.k8s.io']);
  });

  it('gives the terms of what the query says is fine', () => {
    const {denied} = evidence('hpa stays <unknown>, metrics-server is fine');
    expect(denied).toEqual([['metrics-server', 'metric', 'server']]);
  });
});
