import type {I18n} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {buildSitemap} from '../../src/plugins/faq/sitemap';
import {entryUrls} from '../../src/plugins/faq/urls';

/** The locale settings Docusaurus makes for a site served under /faq/. */
function i18nUnder(baseUrl: string, url = 'https://docs.example.org'): I18n {
  const locale = (name: string, path: string) => ({
    label: name,
    htmlLang: name,
    direction: 'ltr' as const,
    calendar: 'gregory',
    path: name,
    translate: true,
    url,
    baseUrl: `${baseUrl}${path}`,
  });
  return {
    defaultLocale: 'zh-Hans',
    locales: ['zh-Hans', 'en'],
    path: 'i18n',
    currentLocale: 'zh-Hans',
    localeConfigs: {'zh-Hans': locale('zh-Hans', ''), en: locale('en', 'en/')},
  } as I18n;
}

describe('entry URLs', () => {
  it('keep the base URL in anchors and permalinks', () => {
    const urls = entryUrls(i18nUnder('/faq/'), 'scopedefinition-exists');
    expect(urls.paths).toEqual({
      'zh-Hans': '/faq/docs/faq#scopedefinition-exists',
      en: '/faq/en/docs/faq#scopedefinition-exists',
    });
    expect(urls.permalink).toBe(
      'https://docs.example.org/faq/e/scopedefinition-exists',
    );
    expect(urls.fixedPermalinks).toEqual({
      'zh-Hans':
        'https://docs.example.org/faq/zh-Hans/e/scopedefinition-exists',
      en: 'https://docs.example.org/faq/en/e/scopedefinition-exists',
    });
  });
});

describe('buildSitemap', () => {
  it('lists each page in both locales with alternates under the base URL', async () => {
    const xml = await buildSitemap(
      [
        '/faq/',
        '/faq/docs/faq',
        '/faq/404.html',
        '/faq/e/a',
        '/faq/zh-Hans/e/a',
      ],
      i18nUnder('/faq/'),
    );
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://docs.example.org/faq/',
      'https://docs.example.org/faq/en/',
      'https://docs.example.org/faq/docs/faq',
      'https://docs.example.org/faq/en/docs/faq',
    ]);
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://docs.example.org/faq/docs/faq"/>',
    );
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://docs.example.org/faq/en/docs/faq"/>',
    );
  });
});
