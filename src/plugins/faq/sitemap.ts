import {SitemapStream, streamToPromise} from 'sitemap';
import type {I18n} from '@docusaurus/types';
import {LOCALES, type Locale} from '../../content/types';
import {localeBaseUrl} from './urls';

/** Pages that are not documents: error pages and permalink redirects. */
const SKIPPED = /(?:^|\/)(?:404\.html|(?:zh-Hans\/)?e\/[^/]+)$/;

/**
 * A sitemap of every page in every locale, each with its `hreflang`
 * alternates and an `x-default` on the default locale. `paths` are the
 * default locale's route paths; every locale has the same pages.
 */
export async function buildSitemap(
  paths: string[],
  i18n: I18n,
): Promise<string> {
  const defaultLocale = i18n.defaultLocale as Locale;
  const root = localeBaseUrl(i18n, defaultLocale);
  const hostname = i18n.localeConfigs[defaultLocale]!.url;
  const pages = paths
    .filter((path) => path.startsWith(root))
    .map((path) => path.slice(root.length))
    .filter((page) => !SKIPPED.test(page))
    .sort();
  const urlOf = (locale: Locale, page: string) =>
    `${i18n.localeConfigs[locale]!.url.replace(/\/$/, '')}${localeBaseUrl(i18n, locale)}${page}`;

  const stream = new SitemapStream({hostname});
  for (const page of pages) {
    const links = [
      ...LOCALES.map((locale) => ({lang: locale, url: urlOf(locale, page)})),
      {lang: 'x-default', url: urlOf(defaultLocale, page)},
    ];
    LOCALES.forEach((locale) =>
      stream.write({url: urlOf(locale, page), links}),
    );
  }
  stream.end();
  return (await streamToPromise(stream)).toString();
}
