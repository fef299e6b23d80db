import MiniSearch from 'minisearch';
import {isConfident} from './confidence';
import {prepareCues} from './cues';
import {rank, type Matcher} from './rank';
import {
  INDEX_VERSION,
  MINISEARCH_OPTIONS,
  tokenizerStamp,
  type IndexPayload,
} from './schema';

export type {Matcher};

export interface SearchHit {
  id: string;
  title: string;
  summary: string;
  section: string;
  score: number;
  /** Terms of the entry the query matched (stems included), to highlight. */
  terms: string[];
}

export interface SearchResponse {
  /** Best first. */
  results: SearchHit[];
  /** Whether the first result is the answer, not just the closest entry. */
  confident: boolean;
  /** Whether the query was cut to keep the search fast. */
  trimmed: boolean;
}

export interface SearchOptions {
  /** Most results returned; 5 unless told. */
  limit?: number;
}

/** The terms of a serialized MiniSearch index (format 2: `[term, …]` pairs). */
function vocabularyOf(index: unknown): Set<string> {
  const pairs = (index as {index?: unknown}).index;
  return new Set(
    Array.isArray(pairs) ? pairs.map((pair: [string]) => pair[0]) : [],
  );
}

/** Reads an index written by `buildIndex` with the same pipeline. */
export function loadIndex(json: string): Matcher {
  const payload = JSON.parse(json) as IndexPayload;
  if (
    payload.version !== INDEX_VERSION ||
    payload.tokenizer !== tokenizerStamp()
  ) {
    throw new Error(
      'The search index was built by another version of the search code: rebuild the site',
    );
  }
  const miniSearch = MiniSearch.loadJS(
    payload.index as Parameters<typeof MiniSearch.loadJS>[0],
    MINISEARCH_OPTIONS,
  );
  const cues = prepareCues(payload.entries);
  const entries = new Map(
    payload.entries.map((entry, i) => [entry.id, {...entry, ...cues[i]}]),
  );
  return {
    locale: payload.locale,
    miniSearch,
    entries,
    vocabulary: vocabularyOf(payload.index),
  };
}

/** Finds the entries that answer a question or a pasted error, best first. */
export function search(
  matcher: Matcher,
  query: string,
  {limit = 5}: SearchOptions = {},
): SearchResponse {
  const {candidates, trimmed} = rank(matcher, query);
  const results = candidates.slice(0, limit).map(({entry, score, terms}) => ({
    id: entry.id,
    title: entry.title,
    summary: entry.summary,
    section: entry.section,
    score,
    terms,
  }));
  return {results, confident: isConfident(candidates), trimmed};
}
