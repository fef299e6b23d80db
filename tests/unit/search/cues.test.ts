import {describe, expect, it} from 'vitest';
import {coverage, prepareCues} from '../../../src/search/cues';
import {tokenize} from '../../../src/search/tokenize';

const [autoscale] = prepareCues([
  {
    phrases: ['HPA cannot get metrics'],
    signatures: [
      'TARGETS <unknown>',
      "x509: cannot validate certificate because it doesn't contain any IP SANs",
    ],
    names: [],
  },
  {
    phrases: ['Reinstall fails after uninstall'],
    signatures: ['namespace is being terminated'],
    names: [],
  },
]);

const coverOf = (query: string) =>
  coverage(autoscale, new Set(tokenize(query)));

describe('coverage of an entry cue', () => {
  it('is whole when the query states a whole signature', () => {
    expect(coverOf('hpa shows <unknown> targets')).toBe(1);
  });

  it('needs two words of a signature: one word in common is a coincidence', () => {
    const unrelatedError = 'x509: certificate signed by unknown authority';
    const statedAlone = coverage(
      {cues: autoscale.cues.slice(1, 2), firstSignature: 0},
      new Set(tokenize(unrelatedError)),
    );
    expect(statedAlone).toBe(0);
    // What is left is the x509 signature, of which it states two words.
    expect(coverOf(unrelatedError)).toBeGreaterThan(0);
    expect(coverOf(unrelatedError)).toBeLessThan(0.35);
  });

  it('counts one word of a title or alias, which readers rephrase', () => {
    expect(coverOf('my hpa is broken')).toBeGreaterThan(0);
  });
});
