import {AxeBuilder} from '@axe-core/playwright';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {MEASURED_PAGES as PAGES} from '../../scripts/pages.mjs';
import {launch, openPage, siteUrl} from './chromium';

const TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
];
const SCHEMES = ['light', 'dark'] as const;

async function openIdle(page: Page, pathname: string): Promise<void> {
  await page.goto(siteUrl(pathname), {waitUntil: 'networkidle'});
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  if (pathname.includes('/search?')) {
    await page.locator('[data-search-state="done"]').waitFor();
  }
}

/** One line per violation: its id, impact and the elements it targets. */
async function violationsOf(page: Page): Promise<string[]> {
  const {violations} = await new AxeBuilder({page}).withTags(TAGS).analyze();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

describe('axe-core on the built pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  for (const scheme of SCHEMES) {
    for (const pathname of PAGES) {
      it(`finds no violation on ${pathname} in ${scheme} mode`, async () => {
        const {page, errors} = await openPage(browser, {colorScheme: scheme});
        await openIdle(page, pathname);
        await expect(
          page.locator('html').getAttribute('data-theme'),
        ).resolves.toBe(scheme);

        await expect(violationsOf(page)).resolves.toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }
});
