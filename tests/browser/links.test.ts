import {readFile} from 'node:fs/promises';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import type {Catalog} from '../../src/plugins/faq/catalog';
import {
  allowClipboard,
  hydrated,
  launch,
  openPage,
  siteUrl,
  switchLanguage,
} from './chromium';

const readJson = async <T>(file: string): Promise<T> =>
  JSON.parse(await readFile(file, 'utf8')) as T;

describe('links from issue trackers', async () => {
  const legacy = await readJson<Record<string, string>>(
    '../shared/legacy-anchors.json',
  );
  const catalog = await readJson<Catalog>('build/faq-catalog.json');
  const entry = catalog.entries.find((e) => e.id === 'scopedefinition-exists')!;
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  async function landing(path: string, locale: string, setup?: string) {
    const {page} = await openPage(browser, {locale});
    if (setup) {
      await page.goto(siteUrl('/'));
      await page.evaluate(setup);
    }
    await page.goto(siteUrl(path));
    await page.waitForURL(/\/docs\/faq#/);
    await page.locator('article h3[id]').first().waitFor();
    const url = new URL(page.url());
    return `${url.pathname}${url.hash}`;
  }

  it('/e/<id> opens English for an en-US browser', async () => {
    await expect(landing('/e/scopedefinition-exists', 'en-US')).resolves.toBe(
      '/en/docs/faq#scopedefinition-exists',
    );
  });

  it('/e/<id> opens Chinese for a zh-CN browser', async () => {
    await expect(landing('/e/scopedefinition-exists', 'zh-CN')).resolves.toBe(
      '/docs/faq#scopedefinition-exists',
    );
  });

  it('/e/<id> opens Chinese for a browser language we do not have', async () => {
    await expect(landing('/e/kubevela-roadmap', 'fr-FR')).resolves.toBe(
      '/docs/faq#kubevela-roadmap',
    );
  });

  it('a language chosen on the site wins over the browser language', async () => {
    const {page} = await openPage(browser, {locale: 'zh-CN'});
    await page.goto(siteUrl('/docs/faq'));
    await hydrated(page);
    await switchLanguage(page, 'en');
    await page.waitForURL(/\/en\/docs\/faq/);
    await page.goto(siteUrl('/e/kubevela-vs-helm'));
    await page.waitForURL(/#kubevela-vs-helm$/);
    expect(new URL(page.url()).pathname).toBe('/en/docs/faq');
  });

  it('locale-fixed permalinks ignore the browser language', async () => {
    await expect(landing('/en/e/kubevela-roadmap', 'zh-CN')).resolves.toBe(
      '/en/docs/faq#kubevela-roadmap',
    );
    await expect(landing('/zh-Hans/e/kubevela-roadmap', 'en-US')).resolves.toBe(
      '/docs/faq#kubevela-roadmap',
    );
  });

  it('a permalink page without JavaScript links to both languages and previews the entry', async () => {
    const {page} = await openPage(browser, {javaScriptEnabled: false});
    await page.goto(siteUrl('/e/scopedefinition-exists'));
    const hrefs = await page.$$eval('main a[hreflang]', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(hrefs).toEqual([
      '/docs/faq#scopedefinition-exists',
      '/en/docs/faq#scopedefinition-exists',
    ]);
    const meta = (selector: string) =>
      page.locator(selector).first().getAttribute('content');
    // The plain permalink may open either language: its preview has both.
    await expect(page.title()).resolves.toContain(entry.title['zh-Hans']);
    for (const selector of [
      'meta[name="description"]',
      'meta[property="og:description"]',
    ]) {
      const content = await meta(selector);
      expect(content).toContain(entry.summary['zh-Hans']);
      expect(content).toContain(entry.summary.en);
    }
    await expect(
      page.locator('main [lang="en"] p').textContent(),
    ).resolves.toBe(entry.summary.en);
    await expect(meta('meta[name="twitter:card"]')).resolves.toBe('summary');
    await expect(
      page.locator('link[rel="canonical"]').getAttribute('href'),
    ).resolves.toBe(entry.urls['zh-Hans']);
  });

  it('copy buttons put the permalink and a Markdown snippet on the clipboard', async () => {
    const {page} = await openPage(browser, {locale: 'en-US'});
    await allowClipboard(page);
    await page.goto(siteUrl('/en/docs/faq#scopedefinition-exists'));
    await hydrated(page);
    const tools = page.locator('[data-entry-tools="scopedefinition-exists"]');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await tools.getByRole('button', {name: 'Copy link'}).click();
    await expect(clipboard()).resolves.toBe(entry.permalink);
    await expect(
      tools.locator('[role="status"]').first().textContent(),
    ).resolves.toBe('Copied');

    await tools.getByRole('button', {name: 'Copy as Markdown'}).click();
    const markdown = await clipboard();
    expect(markdown).toContain(`[${entry.title.en}](${entry.permalink})`);
    expect(markdown).toContain(entry.summary.en);
  });

  it('every legacy anchor, raw or percent-encoded, lands on its entry', async () => {
    const {page, errors} = await openPage(browser);
    for (const [anchor, id] of Object.entries(legacy)) {
      for (const hash of [anchor, encodeURIComponent(anchor)]) {
        await page.goto(siteUrl('/docs/faq'));
        await page.goto(siteUrl(`/docs/faq#${hash}`));
        await page.waitForFunction((want) => location.hash === `#${want}`, id);
        const top = await page
          .locator(`[id="${id}"]`)
          .evaluate((el) => el.getBoundingClientRect().top);
        expect(top, anchor).toBeGreaterThanOrEqual(0);
        expect(top, anchor).toBeLessThan(200);
      }
    }
    expect(errors).toEqual([]);
  });

  it('an unknown hash leaves the page usable', async () => {
    const {page, errors} = await openPage(browser);
    await page.goto(siteUrl('/docs/faq#%E0%A4%A-scopedefinition-helm'));
    await page.locator('article h3[id]').first().waitFor();
    expect(errors).toEqual([]);
    await expect(page.locator('article h3[id]').count()).resolves.toBe(9);
  });

  for (const [from, to] of [
    ['/docs/faq', '/en/docs/faq'],
    ['/en/docs/faq', '/docs/faq'],
  ]) {
    it(`switching language from ${from} keeps the entry the reader scrolled to`, async () => {
      const {page} = await openPage(browser);
      await page.goto(siteUrl(`${from}#kubevela-vs-helm`));
      await hydrated(page);
      await page.evaluate(() =>
        document
          .getElementById('docker-hub-pull-rate-limit')!
          .scrollIntoView({behavior: 'instant'}),
      );
      await switchLanguage(page, to.startsWith('/en') ? 'en' : 'zh-Hans');
      await page.waitForURL((url) => url.pathname === to);
      expect(new URL(page.url()).hash).toBe('#docker-hub-pull-rate-limit');
    });
  }

  it('the language menu of a missing page links to the same address in the other language', async () => {
    const {page} = await openPage(browser, {
      viewport: {width: 1366, height: 900},
    });
    await page.goto(siteUrl('/docs/some-old-page'));
    await hydrated(page);
    await expect(page.title()).resolves.toBe('找不到页面 | KubeVela FAQ');
    await switchLanguage(page, 'en');
    await page.waitForURL((url) => url.pathname === '/en/docs/some-old-page', {
      timeout: 5000,
    });
    await expect(
      page.locator('[data-search-words]').getAttribute('data-search-words'),
    ).resolves.toBe('some old page');
  });
});
