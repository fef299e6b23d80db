import type {Candidate} from './rank';

/** Share of one of the entry's titles, signatures or aliases to state. */
const MIN_COVER = 0.5;
/** ...or less of it, when no other entry comes near. */
const MIN_COVER_ALONE = 0.35;
const ALONE_LEAD = 5;
/** Share of what the query says, by rarity, that the entry accounts for. */
const MIN_EXPLAINED = 0.35;
/** How far ahead of the next entry the best one must be. */
const MIN_LEAD = 1.3;

/**
 * Whether the best candidate is the answer rather than merely the closest
 * entry. The query must state much of one of its cues (a signature for a
 * pasted error, an alias or title for a question), be mostly about it, name
 * no resource that contradicts its signature, and leave the next candidate
 * behind; a rephrased question may state less of a cue when it leaves every
 * other entry far behind.
 */
export function isConfident(candidates: Candidate[]): boolean {
  const [best, next] = candidates;
  if (!best || best.slots === 'contradicted') {
    return false;
  }
  const lead = next ? best.score / next.score : Infinity;
  const cover = lead >= ALONE_LEAD ? MIN_COVER_ALONE : MIN_COVER;
  return (
    lead >= MIN_LEAD && best.cover >= cover && best.explained >= MIN_EXPLAINED
  );
}
