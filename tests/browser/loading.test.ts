import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {MEASURED_PAGES} from '../../scripts/pages.mjs';
import {hydrated, launch, openPage, siteUrl} from './chromium';

/** The scripts a page's HTML preloads, read as the browser parses it. */
function preloadedScripts(page: Page, html: string): Promise<string[]> {
  return page.evaluate(
    (text) =>
      [
        ...new DOMParser()
          .parseFromString(text, 'text/html')
          .querySelectorAll('link[rel="preload"][as="script"]'),
      ].map((link) => link.getAttribute('href')!),
    html,
  );
}

describe('page loading', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it.each(MEASURED_PAGES)(
    '%s names in its HTML every script it runs to hydrate',
    async (path) => {
      const {page, errors} = await openPage(browser);
      const requested: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') {
          requested.push(new URL(request.url()).pathname);
        }
      });
      const response = await page.goto(siteUrl(path));
      const html = await response!.text();
      await hydrated(page);

      const named = await preloadedScripts(page, html);
      expect(requested.length).toBeGreaterThan(2);
      expect(requested.filter((src) => !named.includes(src))).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it.each(['/docs/faq', '/en/docs/faq'])(
    '%s paints before it runs its scripts, then hydrates',
    async (path) => {
      const {page, errors} = await openPage(browser);
      await page.addInitScript(() => {
        const seen: Record<string, number> = {};
        (window as unknown as {scriptsAt: typeof seen}).scriptsAt = seen;
        new MutationObserver((records) => {
          for (const node of records.flatMap((r) => [...r.addedNodes])) {
            if (node instanceof HTMLScriptElement && node.src) {
              seen[new URL(node.src).pathname] = performance.now();
            }
          }
        }).observe(document, {childList: true, subtree: true});
      });
      await page.goto(siteUrl(path));
      await hydrated(page);

      const {firstPaint, scriptsAt} = await page.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]
          ?.startTime,
        scriptsAt: (window as unknown as {scriptsAt: Record<string, number>})
          .scriptsAt,
      }));
      const main = Object.keys(scriptsAt).find((src) =>
        /\/assets\/js\/main\.[0-9a-f]+\.js$/.test(src),
      );
      expect(firstPaint).toBeGreaterThan(0);
      expect(main).toBeDefined();
      expect(scriptsAt[main!]).toBeGreaterThan(firstPaint!);
      expect(errors).toEqual([]);
    },
  );
});
