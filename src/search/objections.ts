import type {Cue} from './cues';
import {isSibling, spellingsOf} from './dotted';
import type {Evidence} from './evidence';
import {containing, type Holders} from './holders';

/** The evidence of a query with the index terms that would explain it. */
export interface EvidenceTerms {
  /** Each reason word, then the index terms holding it. */
  reasons: string[][];
  /** Each dotted name, then its spellings in the index. */
  names: string[][];
  /** The terms of each thing the query says works or did not help. */
  denied: string[][];
}

/** Looks up in the index's terms what would explain each piece of evidence. */
export function evidenceTerms(
  evidence: Evidence,
  vocabulary: Set<string>,
): EvidenceTerms {
  return {
    reasons: evidence.reasons.map((term) => [
      term,
      ...containing(term, vocabulary),
    ]),
    names: evidence.names.map((name) => spellingsOf(name, vocabulary)),
    denied: evidence.denied,
  };
}

/** Every term of the evidence, to look up in the index at once. */
export function lookupList({reasons, names, denied}: EvidenceTerms): string[] {
  return [...new Set([...reasons, ...names, ...denied].flat())];
}

/** A term held by few entries tells what an entry is about. */
const DISTINCTIVE = 1 / 3;

interface Subject {
  id: string;
  cues: Cue[];
}

/**
 * The evidence of a query that speaks against one entry: a reason word the
 * entry never mentions, a name beside one of the entry's cues under the same
 * parent (`custom.metrics.k8s.io` for an entry that states
 * `pods.metrics.k8s.io`), or a thing the entry is about that the query says
 * works or did not help.
 */
export function objectionsTo(
  {id, cues}: Subject,
  terms: EvidenceTerms,
  holders: Holders,
  entries: number,
): string[] {
  const holds = (term: string) => holders.get(term)?.has(id) ?? false;
  const distinctive = (term: string) =>
    (holders.get(term)?.size ?? 0) <= entries * DISTINCTIVE;
  const stated = cues.flatMap((cue) => [...cue.keys()]);

  const reasons = terms.reasons
    .filter((explaining) => !explaining.some(holds))
    .map(([term]) => term);
  const names = terms.names
    .filter(
      ([name, ...spellings]) =>
        stated.some((term) => isSibling(name, term)) &&
        ![name, ...spellings].some(holds),
    )
    .map(([name]) => name);
  const denied = terms.denied
    .filter((subject) => subject.every(holds) && subject.some(distinctive))
    .map((subject) => `not ${subject.join(' ')}`);
  return [...reasons, ...names, ...denied];
}
