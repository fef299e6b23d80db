import type {I18n} from '@docusaurus/types';
import type {Locale} from '../../content/types';
import {LOCALES} from '../../content/types';

export type UrlsByLocale = Record<Locale, string>;

/** Where an entry lives: its anchor in each locale and its permalinks. */
export interface EntryUrls {
  /** Site-relative paths, with each locale's base URL. */
  paths: UrlsByLocale;
  /** Absolute URLs of the same. */
  urls: UrlsByLocale;
  /** `/e/<id>`: opens the reader's language. */
  permalink: string;
  /** Permalinks that always open one locale. */
  fixedPermalinks: UrlsByLocale;
}

const byLocale = (make: (locale: Locale) => string): UrlsByLocale =>
  Object.fromEntries(
    LOCALES.map((locale) => [locale, make(locale)]),
  ) as UrlsByLocale;

export function localeBaseUrl(i18n: I18n, locale: Locale): string {
  return i18n.localeConfigs[locale]!.baseUrl;
}

function origin(i18n: I18n, locale: Locale): string {
  return i18n.localeConfigs[locale]!.url.replace(/\/$/, '');
}

/** The permalink path of an entry, for the negotiating or a fixed form. */
export function permalinkPath(i18n: I18n, id: string, locale?: Locale): string {
  const root = localeBaseUrl(i18n, i18n.defaultLocale as Locale);
  if (!locale) {
    return `${root}e/${id}`;
  }
  return locale === i18n.defaultLocale
    ? `${root}${locale}/e/${id}`
    : `${localeBaseUrl(i18n, locale)}e/${id}`;
}

export function entryUrls(i18n: I18n, id: string): EntryUrls {
  const paths = byLocale(
    (locale) => `${localeBaseUrl(i18n, locale)}docs/faq#${id}`,
  );
  const rootOrigin = origin(i18n, i18n.defaultLocale as Locale);
  return {
    paths,
    urls: byLocale((locale) => `${origin(i18n, locale)}${paths[locale]}`),
    permalink: `${rootOrigin}${permalinkPath(i18n, id)}`,
    fixedPermalinks: byLocale(
      (locale) => `${origin(i18n, locale)}${permalinkPath(i18n, id, locale)}`,
    ),
  };
}
