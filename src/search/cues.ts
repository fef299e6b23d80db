import {signatureSlots, type Slot} from './slots';
import {tokenize} from './tokenize';

/** One line a query may state: a title, signature or alias of an entry. */
export type Cue = Map<string, number>;

/** What the matcher knows about an entry beyond its index scores. */
export interface EntryCues {
  cues: Cue[];
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
    slots: entry.signatures
      .flatMap(signatureSlots)
      .filter((slot) => entry.names.includes(slot.value.toLowerCase())),
  }));
}

/**
 * The largest share of one cue that the query states, each term weighted by
 * its rarity: 1 when the query holds a whole signature or alias.
 */
export function coverage(cues: Cue[], query: Set<string>): number {
  let best = 0;
  for (const cue of cues) {
    let total = 0;
    let found = 0;
    for (const [term, weight] of cue) {
      total += weight;
      found += query.has(term) ? weight : 0;
    }
    best = Math.max(best, total ? found / total : 0);
  }
  return best;
}
