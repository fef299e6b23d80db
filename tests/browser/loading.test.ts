import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {MEASURED_PAGES} from '../../scripts/pages.mjs';
import {hydrated, launch, openPage, siteUrl} from './chromium';

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

      const named = [...html.matchAll(/<script src=([^ >]+)/g)].map(
        ([, src]) => src,
      );
      expect(requested.length).toBeGreaterThan(2);
      expect(requested.filter((src) => !named.includes(src))).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
