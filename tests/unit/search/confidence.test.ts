import {describe, expect, it} from 'vitest';
import {isConfident} from '../../../src/search/confidence';
import type {Candidate} from '../../../src/search/rank';

function candidate(figures: Partial<Candidate>): Candidate {
  return {
    entry: {} as Candidate['entry'],
    score: 100,
    terms: [],
    cover: 1,
    explained: 1,
    slots: 'silent',
    objections: [],
    ...figures,
  };
}

const far = candidate({score: 10, cover: 0.2});

describe('isConfident', () => {
  it('trusts a query that states a cue and leaves the rest behind', () => {
    expect(isConfident([candidate({}), far])).toBe(true);
  });

  it('distrusts a best entry the query says something against', () => {
    expect(
      isConfident([candidate({objections: ['crashloopbackof']}), far]),
    ).toBe(false);
  });

  it('lets a whole cue break a near tie with an entry barely stated', () => {
    const near = candidate({score: 95, cover: 0.5});
    expect(isConfident([candidate({cover: 1}), near])).toBe(true);
    expect(isConfident([candidate({cover: 0.8}), near])).toBe(false);
  });

  it('keeps a near tie when both entries state much of a cue', () => {
    const near = candidate({score: 95, cover: 0.9});
    expect(isConfident([candidate({cover: 1}), near])).toBe(false);
  });

  it('lets a rephrased question state less of a cue only when alone', () => {
    const rephrased = {cover: 0.4, explained: 0.8};
    expect(isConfident([candidate(rephrased), far])).toBe(true);
    const close = candidate({score: 40});
    expect(isConfident([candidate(rephrased), close])).toBe(false);
  });

  it('wants a rephrased question mostly explained by its entry', () => {
    expect(isConfident([candidate({cover: 0.4, explained: 0.5}), far])).toBe(
      false,
    );
  });
});
