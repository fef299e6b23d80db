import MiniSearch from 'minisearch';
import type {Locale} from '../content/types';
import {searchRecords, type EntriesByLocale} from './records';
import {
  INDEX_VERSION,
  MINISEARCH_OPTIONS,
  tokenizerStamp,
  type IndexPayload,
} from './schema';

/**
 * Serializes the search index of one locale: the MiniSearch index over every
 * locale's text, and what a result shows in this locale.
 */
export function buildIndex(entries: EntriesByLocale, locale: Locale): string {
  const records = searchRecords(entries, locale);
  const miniSearch = new MiniSearch(MINISEARCH_OPTIONS);
  miniSearch.addAll(records);

  const payload: IndexPayload = {
    version: INDEX_VERSION,
    tokenizer: tokenizerStamp(),
    locale,
    entries: records.map(({display, phrases, signatureLines, names}) => ({
      ...display,
      phrases,
      signatures: signatureLines,
      names,
    })),
    index: miniSearch,
  };
  return JSON.stringify(payload);
}
