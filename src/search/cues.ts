import {signatureSlots, type Slot} from './slots';
import {tokenize} from './tokenize';

/** One line a query may state: a title, signature or alias of an entry. */
export type Cue = Map<string, number>;

/** What the matcher knows about an entry beyond its index scores. */
export interface EntryCues {
  /** Titles and aliases, then signatures from `firstSignature` on. */
  cues: Cue[];
  firstSignature: number;
  slots: Slot[];
}

interface CueSource {
  phrases: string[];
  signatures: string[];
  names: string[];
}

/** How rare a term is among the entries' cues: rare terms tell them apart. */
function cueWeights(termSets: Array<Set<string>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const terms of termSets) {
    for (const term of terms) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  const total = termSets.length;
  const weights = new Map<string, number>();
  for (const [term, count] of counts) {
    weights.set(term, Math.log(1 + total / count));
  }
  return weights;
}

/** Tokenizes every entry's cues once, when the index is loaded. */
export function prepareCues(entries: CueSource[]): EntryCues[] {
  const tokenized = entries.map((entry) =>
    [...entry.phrases, ...entry.signatures].map(
      (cue) => new Set(tokenize(cue)),
    ),
  );
  const weights = cueWeights(
    tokenized.map((cues) => new Set(cues.flatMap((terms) => [...terms]))),
  );
  return entries.map((entry, i) => ({
    cues: tokenized[i].map(
      (terms) => new Map([...terms].map((term) => [term, weights.get(term)!])),
    ),
    firstSignature: entry.phrases.length,
    slots: entry.signatures
      .flatMap(signatureSlots)
      .filter((slot) => entry.names.includes(slot.value.toLowerCase())),
  }));
}

/**
 * An error is stated with two of its signature's terms, or all of a one-term
 * signature: one word in common (`unknown`, as in `TARGETS <unknown>` and
 * `x509: certificate signed by unknown authority`) is a coincidence. A title
 * or alias may be stated in other words, so one of its terms counts.
 */
const SIGNATURE_TERMS_TO_STATE = 2;

/**
 * The largest share of one cue that the query states, each term weighted by
 * its rarity: 1 when the query holds a whole signature or alias.
 */
export function coverage(
  {cues, firstSignature}: Pick<EntryCues, 'cues' | 'firstSignature'>,
  query: Set<string>,
): number {
  let best = 0;
  cues.forEach((cue, i) => {
    let total = 0;
    let found = 0;
    let stated = 0;
    for (const [term, weight] of cue) {
      total += weight;
      if (query.has(term)) {
        found += weight;
        stated += 1;
      }
    }
    const needed =
      i >= firstSignature ? Math.min(SIGNATURE_TERMS_TO_STATE, cue.size) : 1;
    if (total && stated >= needed) {
      best = Math.max(best, found / total);
    }
  });
  return best;
}
