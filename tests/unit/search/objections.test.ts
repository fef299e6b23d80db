import {describe, expect, it} from 'vitest';
import type {Holders} from '../../../src/search/holders';
import {evidenceTerms, objectionsTo} from '../../../src/search/objections';

const VOCABULARY = new Set([
  'imagepullbackof',
  'pods.metrics.k8s.io',
  'metrics-server',
  'top',
  'cluster',
]);

/** Two entries: one about image pulls, one about the metrics server. */
const HOLDERS: Holders = new Map([
  ['imagepullbackof', new Set(['pull'])],
  ['pods.metrics.k8s.io', new Set(['metrics'])],
  ['metrics-server', new Set(['metrics'])],
  ['top', new Set(['metrics'])],
  ['cluster', new Set(['metrics', 'pull'])],
]);

const PULL = {id: 'pull', cues: [new Map([['imagepullbackof', 1]])]};
const METRICS = {id: 'metrics', cues: [new Map([['pods.metrics.k8s.io', 1]])]};

function against(
  entry: typeof PULL,
  evidence: Partial<Parameters<typeof evidenceTerms>[0]>,
) {
  const terms = evidenceTerms(
    {reasons: [], names: [], denied: [], ...evidence},
    VOCABULARY,
  );
  return objectionsTo(entry, terms, HOLDERS, 3);
}

describe('objectionsTo', () => {
  it('objects to a reason the entry never mentions', () => {
    expect(against(PULL, {reasons: ['crashloopbackof']})).toEqual([
      'crashloopbackof',
    ]);
  });

  it('takes a reason inside one of the entry’s own as explained', () => {
    expect(against(PULL, {reasons: ['backof', 'imagepullbackof']})).toEqual([]);
  });

  it('objects to a name beside the one the entry states', () => {
    expect(against(METRICS, {names: ['custom.metrics.k8s.io']})).toEqual([
      'custom.metrics.k8s.io',
    ]);
    expect(against(PULL, {names: ['custom.metrics.k8s.io']})).toEqual([]);
  });

  it('takes the entry’s own name, singular or plural, as explained', () => {
    expect(against(METRICS, {names: ['pod.metrics.k8s.io']})).toEqual([]);
  });

  it('reads an API group the same with or without its version', () => {
    expect(
      against(METRICS, {names: ['v1beta1.custom.metrics.k8s.io']}),
    ).toEqual(['v1beta1.custom.metrics.k8s.io']);
  });

  it('objects when the query says a thing the entry is about works', () => {
    expect(against(METRICS, {denied: [['kubectl', 'top']]})).toEqual([]);
    expect(against(METRICS, {denied: [['top']]})).toEqual(['not top']);
    expect(against(PULL, {denied: [['top']]})).toEqual([]);
  });

  it('does not object when what works is common to many entries', () => {
    expect(against(METRICS, {denied: [['cluster']]})).toEqual([]);
  });
});
