import type {Candidate} from './rank';

/** Share of one of the entry's titles, signatures or aliases the query states. */
const MIN_COVER = 0.5;
/** Share of what the query says, by rarity, that the entry must account for. */
const MIN_EXPLAINED = 0.35;
/** How far ahead of the next entry the best one must be. */
const MIN_LEAD = 1.3;

/**
 * Whether the best candidate is the answer rather than merely the closest
 * entry. The query must state most of one of its cues (a signature for a
 * pasted error, an alias or title for a question), be mostly about it, name
 * no resource that contradicts its signature, and leave the next candidate
 * well behind.
 */
export function isConfident(candidates: Candidate[]): boolean {
  const [best, next] = candidates;
  if (!best || best.slots === 'contradicted') {
    return false;
  }
  if (best.cover < MIN_COVER || best.explained < MIN_EXPLAINED) {
    return false;
  }
  return !next || best.score >= next.score * MIN_LEAD;
}
