import type MiniSearch from 'minisearch';
import type {Locale} from '../content/types';
import type {EntryCues} from './cues';
import {coverage} from './cues';
import {findEvidence} from './evidence';
import {findHolders} from './holders';
import {normalize} from './normalize';
import {evidenceTerms, lookupList, objectionsTo} from './objections';
import type {IndexedEntry} from './schema';
import {checkSlots, type SlotVerdict} from './slots';
import {tokenize} from './tokenize';
import {explainedShare, termWeights} from './weights';

export type LoadedEntry = IndexedEntry & EntryCues;

/** A loaded search index, ready to answer queries. */
export interface Matcher {
  locale: Locale;
  miniSearch: MiniSearch;
  entries: Map<string, LoadedEntry>;
  /** Every term in the index: a known word needs no typo matching. */
  vocabulary: Set<string>;
}

export interface Candidate {
  entry: LoadedEntry;
  score: number;
  /** Terms of the entry the query matched, typos and stems resolved. */
  terms: string[];
  /** Share of the entry's best cue that the query states, 0 to 1. */
  cover: number;
  /** Share of the query's known terms, by rarity, that the entry holds. */
  explained: number;
  slots: SlotVerdict;
  /** What the query says that speaks against the entry. */
  objections: string[];
}

export interface Ranking {
  candidates: Candidate[];
  /** Distinct terms of the query after cleaning. */
  terms: string[];
  trimmed: boolean;
}

/** Signatures and aliases are what readers paste and ask; titles come next. */
const BOOST = {signatures: 4, title: 2, body: 1, section: 0.5};

/** A different name in the entry's own slot makes it a worse match. */
const SLOT_FACTOR: Record<SlotVerdict, number> = {
  confirmed: 1.5,
  silent: 1,
  contradicted: 0.5,
};

/** A query this short is typed, not pasted: allow for typos and a word cut. */
const SHORT = 16;

/** Only unknown plain words long enough to hold a typo are matched loosely. */
const typo = (vocabulary: Set<string>) => (term: string) =>
  !vocabulary.has(term) && /^[a-z]{5,20}$/.test(term) && 0.2;
const last = (term: string, i: number, terms: string[]) =>
  i === terms.length - 1 && term.length >= 3;

const bySpace = (text: string) => text.split(' ');

/** Ranks the entries for a query, best first, with what the ranks rest on. */
export function rank(
  {miniSearch, entries, vocabulary}: Matcher,
  query: string,
): Ranking {
  const {text, trimmed} = normalize(query);
  const terms = [...new Set(tokenize(text))];
  if (terms.length === 0) {
    return {candidates: [], terms, trimmed};
  }

  const termSet = new Set(terms);
  const hits = miniSearch.search(terms.join(' '), {
    tokenize: bySpace,
    processTerm: (term) => term,
    boost: BOOST,
    fuzzy: terms.length <= SHORT ? typo(vocabulary) : false,
    prefix: terms.length <= SHORT ? last : false,
  });
  const weights = termWeights(hits, miniSearch.documentCount);
  const evidence = evidenceTerms(findEvidence(text, terms), vocabulary);
  const holders = findHolders(miniSearch, lookupList(evidence));
  const candidates = hits.map((hit): Candidate => {
    const entry = entries.get(hit.id)!;
    const slots = checkSlots(entry.slots, text);
    return {
      entry,
      score: hit.score * SLOT_FACTOR[slots],
      terms: hit.terms,
      cover: coverage(entry, termSet),
      explained: explainedShare(hit, weights),
      slots,
      objections: objectionsTo(
        entry,
        evidence,
        holders,
        miniSearch.documentCount,
      ),
    };
  });
  candidates.sort((a, b) => b.score - a.score);
  return {candidates, terms, trimmed};
}
