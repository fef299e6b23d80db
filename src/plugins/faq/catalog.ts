import type {I18n} from '@docusaurus/types';
import type {Entry, Locale} from '../../content/types';
import {LOCALES} from '../../content/types';
import type {EntriesByLocale} from './load';
import {entryUrls, type UrlsByLocale} from './urls';

export const CATALOG_VERSION = 1;

export interface CatalogEntry {
  id: string;
  section: UrlsByLocale;
  title: UrlsByLocale;
  summary: UrlsByLocale;
  signatures: string[];
  urls: UrlsByLocale;
  permalink: string;
  permalinks: UrlsByLocale;
}

export interface Catalog {
  version: number;
  /** The locale the file is for, or "all" for the combined catalog. */
  locale: Locale | 'all';
  locales: Locale[];
  entries: CatalogEntry[];
}

const pick = (
  entries: EntriesByLocale,
  index: number,
  read: (entry: Entry) => string,
) =>
  Object.fromEntries(
    LOCALES.map((locale) => [locale, read(entries[locale][index]!)]),
  ) as UrlsByLocale;

/**
 * The machine-readable list of entries for tools and bots. A locale's file
 * lists the same entries as the combined one; only `locale` differs, so one
 * schema (static/faq-catalog.schema.json) describes both.
 */
export function buildCatalog(
  entries: EntriesByLocale,
  i18n: I18n,
  locale: Locale | 'all',
): Catalog {
  return {
    version: CATALOG_VERSION,
    locale,
    locales: [...LOCALES],
    entries: entries['zh-Hans'].map((entry, index) => {
      const urls = entryUrls(i18n, entry.id);
      return {
        id: entry.id,
        section: pick(entries, index, (e) => e.section.title),
        title: pick(entries, index, (e) => e.title),
        summary: pick(entries, index, (e) => e.summary),
        signatures: entry.signatures,
        urls: urls.urls,
        permalink: urls.permalink,
        permalinks: urls.fixedPermalinks,
      };
    }),
  };
}
