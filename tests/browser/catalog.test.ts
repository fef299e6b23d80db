import {readFile} from 'node:fs/promises';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {XMLParser} from 'fast-xml-parser';
import {describe, expect, it} from 'vitest';
import type {Catalog} from '../../src/plugins/faq/catalog';
import {siteUrl} from './chromium';
import {ENTRY_IDS as IDS} from '../entryIds';

async function fetchText(
  path: string,
): Promise<{status: number; text: string}> {
  const response = await fetch(siteUrl(path));
  return {status: response.status, text: await response.text()};
}

describe('the catalog for tools', async () => {
  const schema = JSON.parse(
    await readFile('static/faq-catalog.schema.json', 'utf8'),
  );
  const ajv = new Ajv({allErrors: true});
  addFormats(ajv);
  const validate = ajv.compile(schema);

  for (const path of ['/faq-catalog.json', '/faq.json', '/en/faq.json']) {
    it(`${path} matches its schema and lists the nine entries`, async () => {
      const {status, text} = await fetchText(path);
      expect(status).toBe(200);
      const catalog = JSON.parse(text) as Catalog;
      expect(validate(catalog), ajv.errorsText(validate.errors)).toBe(true);
      expect(catalog.entries.map((entry) => entry.id)).toEqual(IDS);
    });
  }

  it('lists URLs that open pages holding the entry', async () => {
    const {text} = await fetchText('/faq-catalog.json');
    const catalog = JSON.parse(text) as Catalog;
    for (const entry of catalog.entries) {
      for (const url of [
        ...Object.values(entry.urls),
        entry.permalink,
        ...Object.values(entry.permalinks),
      ]) {
        const {pathname} = new URL(url);
        const page = await fetchText(pathname);
        expect(page.status, url).toBe(200);
        expect(page.text.includes(entry.id), url).toBe(true);
      }
      for (const url of Object.values(entry.urls)) {
        const page = await fetchText(new URL(url).pathname);
        const anchor = new RegExp(`id="?${entry.id}[" >]`);
        expect(anchor.test(page.text), url).toBe(true);
      }
    }
  });
});

describe('the sitemap', () => {
  it('lists every page in both locales with hreflang alternates', async () => {
    const {status, text} = await fetchText('/sitemap.xml');
    expect(status).toBe(200);
    const parsed = new XMLParser({ignoreAttributes: false}).parse(text);
    const urls = [parsed.urlset.url].flat() as Array<{
      loc: string;
      'xhtml:link': Array<Record<string, string>>;
    }>;
    const pages = urls.map((url) => new URL(url.loc).pathname).sort();
    expect(pages).toEqual(
      [
        '/',
        '/docs/faq',
        '/search',
        '/en/',
        '/en/docs/faq',
        '/en/search',
      ].sort(),
    );
    for (const url of urls) {
      const langs = url['xhtml:link'].map((link) => link['@_hreflang']).sort();
      expect(langs, url.loc).toEqual(['en', 'x-default', 'zh-Hans']);
    }
  });

  it('pages declare their alternates in the head', async () => {
    for (const path of ['/docs/faq', '/en/docs/faq']) {
      const {text} = await fetchText(path);
      const langs = [
        ...text.matchAll(/rel="?alternate"?[^>]*hreflang="?([\w-]+)/g),
      ]
        .map((m) => m[1])
        .sort();
      expect(langs, path).toEqual(['en', 'x-default', 'zh-Hans']);
    }
  });
});
