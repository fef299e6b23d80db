import type {Candidate} from './rank';

/** Share of one signature, title or alias a query must state. */
const MIN_COVER = 0.5;
/** How far ahead of the next entry the best one must be. */
const MIN_LEAD = 1.3;

/**
 * Whether the best candidate is the answer rather than merely the closest
 * entry: the query must state most of one of its cues, name nothing that
 * contradicts it, and leave the next candidate well behind.
 */
export function isConfident(candidates: Candidate[]): boolean {
  const [best, next] = candidates;
  if (!best || best.slots === 'contradicted' || best.cover < MIN_COVER) {
    return false;
  }
  return !next || best.score >= next.score * MIN_LEAD;
}
