import type {Candidate} from './rank';

/** Share of one of the entry's titles, signatures or aliases to state. */
const MIN_COVER = 0.5;
/** ...or less of it, when no other entry comes near and most is explained. */
const MIN_COVER_ALONE = 0.35;
const ALONE_LEAD = 5;
const ALONE_EXPLAINED = 0.6;
/** Share of what the query says, by rarity, that the entry accounts for. */
const MIN_EXPLAINED = 0.35;
/** How far ahead of the next entry the best one must be. */
const MIN_LEAD = 1.3;
/**
 * A query that states a whole cue of the best entry may lead by less on score
 * alone: then each score is weighted by the share of a cue its entry states.
 */
const WHOLE_CUE = 0.9;

function leads(best: Candidate, next: Candidate | undefined): boolean {
  if (!next) {
    return true;
  }
  const lead = best.score / next.score;
  const cueLead = (lead * best.cover) / next.cover;
  return (
    lead >= MIN_LEAD ||
    (best.cover >= WHOLE_CUE && lead > 1 && cueLead >= MIN_LEAD)
  );
}

function covers(best: Candidate, next: Candidate | undefined): boolean {
  const alone =
    (!next || best.score / next.score >= ALONE_LEAD) &&
    best.explained >= ALONE_EXPLAINED;
  return best.cover >= (alone ? MIN_COVER_ALONE : MIN_COVER);
}

/**
 * Whether the best candidate is the answer rather than merely the closest
 * entry. The query must state much of one of its cues (a signature for a
 * pasted error, an alias or title for a question), be mostly about it, say
 * nothing the entry cannot account for (a slot filled with another name, a
 * reason or API name it never mentions, a denial of its cause), and leave the
 * next candidate behind. A rephrased question may state less of a cue when
 * the entry accounts for most of it and every other entry is far behind.
 */
export function isConfident(candidates: Candidate[]): boolean {
  const [best, next] = candidates;
  if (!best || best.slots === 'contradicted' || best.objections.length > 0) {
    return false;
  }
  return (
    leads(best, next) && covers(best, next) && best.explained >= MIN_EXPLAINED
  );
}
