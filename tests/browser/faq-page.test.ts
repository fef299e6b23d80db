import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {themes} from 'prism-react-renderer';
import {loadEntries} from '../../src/plugins/faq/load';
import {
  allowClipboard,
  hydrated,
  launch,
  openPage,
  siteUrl,
  switchLanguage,
} from './chromium';

const FAQ = {'zh-Hans': '/docs/faq', en: '/en/docs/faq'} as const;

describe('the FAQ page in Chromium', async () => {
  const entries = await loadEntries(process.cwd());
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  for (const locale of ['zh-Hans', 'en'] as const) {
    it(`shows all nine entries with their titles and lands on every #id (${locale})`, async () => {
      const {page, errors} = await openPage(browser);
      await page.goto(siteUrl(FAQ[locale]));
      const titles = await page.$$eval('article h3[id]', (headings) =>
        headings.map((h) => ({id: h.id, text: h.textContent?.trim() ?? ''})),
      );
      expect(titles.map((t) => t.id)).toEqual(entries[locale].map((e) => e.id));
      titles.forEach((t, i) =>
        expect(t.text).toContain(entries[locale][i].title),
      );

      for (const entry of entries[locale]) {
        await page.goto(siteUrl(`${FAQ[locale]}#${entry.id}`));
        const heading = page.locator(`[id="${entry.id}"]`);
        await heading.waitFor();
        const top = await heading.evaluate(
          (el) => el.getBoundingClientRect().top,
        );
        expect(top, entry.id).toBeGreaterThanOrEqual(0);
        expect(top, entry.id).toBeLessThan(200);
      }
      expect(errors).toEqual([]);
    });

    it(`renders each card's error, output, cause, fix and copy buttons (${locale})`, async () => {
      const {page} = await openPage(browser);
      await page.goto(siteUrl(FAQ[locale]));
      for (const entry of entries[locale].filter((e) => e.card)) {
        const card = page.locator(`h3[id="${entry.id}"] ~ [data-card]`).first();
        await expect(
          card.locator('[data-signature]').textContent(),
        ).resolves.toBe(entry.card?.signature);
        const parts = await card
          .locator('[data-part]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-part')));
        expect(parts, entry.id).toEqual(['output', 'cause', 'fix']);
        const blocks = await card.locator('[data-part="fix"] pre').count();
        if (blocks > 0) {
          // Off screen, a card is not laid out and shows no buttons yet.
          await card.scrollIntoViewIfNeeded();
          const copy = card.locator('[data-part="fix"] pre ~ * button');
          await copy.first().waitFor();
          await expect(copy.count(), entry.id).resolves.toBeGreaterThan(0);
        }
      }
    });

    it(`shows every code block of the content as a block, text intact (${locale})`, async () => {
      const {page} = await openPage(browser);
      await page.goto(siteUrl(FAQ[locale]));
      const shown = await page.$$eval(
        'article .theme-code-block > pre',
        (pres) => pres.map((pre) => (pre.textContent ?? '').replace(/\n$/, '')),
      );
      expect(shown).toEqual(entries[locale].flatMap((entry) => entry.code));
      await expect(
        page.locator('article pre ~ .code-block-buttons button').count(),
      ).resolves.toBe(shown.length);
    });

    it(`renders the comparison tables with headers and cells (${locale})`, async () => {
      const {page} = await openPage(browser);
      await page.goto(siteUrl(FAQ[locale]));
      const tables = await page.$$eval('article table', (els) =>
        els.map((table) => ({
          caption: table.querySelector('caption')?.textContent ?? '',
          columns: [...table.querySelectorAll('thead th[scope="col"]')].map(
            (th) => th.textContent,
          ),
          rowHeads: table.querySelectorAll('tbody th[scope="row"]').length,
          cells: table.querySelectorAll('tbody td').length,
        })),
      );
      expect(tables.map((t) => t.columns.slice(1))).toEqual([
        ['KubeVela', 'Helm'],
        ['Crossplane', 'Terraform Controller'],
      ]);
      tables.forEach((t) => {
        expect(t.caption.length).toBeGreaterThan(0);
        expect(t.cells).toBe(t.rowHeads * 2);
      });
    });
  }

  it('switching language keeps the entry in the URL', async () => {
    const {page} = await openPage(browser);
    await page.goto(siteUrl('/docs/faq#scopedefinition-exists'));
    await hydrated(page);
    await switchLanguage(page, 'en');
    await page.waitForURL(/\/en\/docs\/faq#scopedefinition-exists$/);
    await page.locator('[id="scopedefinition-exists"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/en/docs/faq');
  });

  it('switching language at the top of the page opens the top of the other', async () => {
    const {page} = await openPage(browser);
    await page.goto(siteUrl('/docs/faq'));
    await hydrated(page);
    await switchLanguage(page, 'en');
    await page.waitForURL((url) => url.pathname === '/en/docs/faq');
    expect(new URL(page.url()).hash).toBe('');
  });

  it('has no page-wide horizontal scroll at 320 px', async () => {
    const {page} = await openPage(browser, {
      viewport: {width: 320, height: 700},
    });
    for (const path of Object.values(FAQ)) {
      await page.goto(siteUrl(path));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
  it('copies a command block exactly as it is shown', async () => {
    const {page} = await openPage(browser);
    await allowClipboard(page);
    await page.goto(siteUrl('/en/docs/faq#docker-hub-pull-rate-limit'));
    await hydrated(page);
    const block = page
      .locator('h3#docker-hub-pull-rate-limit ~ [data-card]')
      .first()
      .locator('[data-part="fix"] pre.language-bash')
      .first()
      .locator('..');
    const shown = (await block.locator('pre').textContent())?.replace(
      /\n$/,
      '',
    );
    await block.getByRole('button', {name: 'Copy code to clipboard'}).click();
    await expect(block.getByRole('status').textContent()).resolves.toBe(
      'Copied',
    );
    await expect(
      page.evaluate(() => navigator.clipboard.readText()),
    ).resolves.toBe(shown);
    expect(shown).toMatch(/^docker /);
  });

  it('wraps an error line on a phone but keeps column output in columns', async () => {
    const {page} = await openPage(browser, {
      viewport: {width: 390, height: 800},
    });
    await page.goto(siteUrl('/en/docs/faq#docker-hub-pull-rate-limit'));
    const output = page
      .locator('h3#docker-hub-pull-rate-limit ~ [data-card]')
      .first()
      .locator('[data-part="output"] pre');
    await output.first().scrollIntoViewIfNeeded();
    const blocks = await output.evaluateAll((pres) =>
      pres.map((pre) => ({
        text: pre.textContent ?? '',
        scrolls: pre.scrollWidth > pre.clientWidth,
      })),
    );
    const columns = blocks.find((b) => b.text.includes('NAME '));
    const error = blocks.find((b) => b.text.startsWith('Error response'));
    expect(columns?.scrolls).toBe(true);
    expect(error?.scrolls).toBe(false);
  });

  it('starts a sideways-scrolling block below its copy button on a phone', async () => {
    const {page} = await openPage(browser, {
      viewport: {width: 390, height: 844},
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(siteUrl('/en/docs/faq'));
    await hydrated(page);
    const blocks = await page
      .locator('article pre:has(> code)')
      .evaluateAll((pres) =>
        pres
          .filter((pre) => pre.scrollWidth > pre.clientWidth)
          .map((pre) => {
            const button = pre.parentElement!.querySelector('button')!;
            const code = pre.querySelector('code')!;
            const firstLine =
              pre.getBoundingClientRect().top +
              parseFloat(getComputedStyle(code).paddingTop);
            return {
              text: (pre.textContent ?? '').slice(0, 40),
              clear: firstLine >= button.getBoundingClientRect().bottom,
            };
          }),
      );
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.filter((block) => !block.clear)).toEqual([]);
  });

  it('never leaves the keyboard focus under the sticky navbar', async () => {
    const {page} = await openPage(browser, {
      viewport: {width: 1366, height: 900},
    });
    await page.goto(siteUrl('/en/docs/faq'));
    await hydrated(page);
    await page.locator('footer a').last().focus();
    const hidden: string[] = [];
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press('Shift+Tab');
      const place = await page.evaluate(() => {
        const focused = document.activeElement!;
        const navbar = document.querySelector('.navbar')!;
        return {
          inNavbar: navbar.contains(focused),
          top: focused.getBoundingClientRect().top,
          bar: navbar.getBoundingClientRect().bottom,
          what: focused.outerHTML.slice(0, 60),
        };
      });
      if (!place.inNavbar && place.top < place.bar) {
        hidden.push(place.what);
      }
    }
    expect(hidden).toEqual([]);
  });

  it('without JavaScript shows every tab panel and hides copy buttons', async () => {
    const {page} = await openPage(browser, {javaScriptEnabled: false});
    await page.goto(siteUrl('/en/docs/faq'));
    const panels = page.locator('[role="tabpanel"]');
    expect(await panels.count()).toBeGreaterThan(1);
    for (const panel of await panels.all()) {
      await expect(panel.isVisible()).resolves.toBe(true);
    }
    const shownButtons = await page
      .locator('article button')
      .evaluateAll(
        (buttons) =>
          buttons.filter(
            (button) =>
              button.closest('[data-entry-tools], .code-block-buttons') &&
              getComputedStyle(button).visibility !== 'hidden',
          ).length,
      );
    expect(shownButtons).toBe(0);
    await expect(
      page.locator('[data-entry-tools] button').count(),
    ).resolves.toBeGreaterThan(0);
  });

  it('shows code in dark colours from the static HTML, without scripts', async () => {
    const {page} = await openPage(browser, {
      colorScheme: 'dark',
      javaScriptEnabled: false,
    });
    await page.goto(siteUrl('/en/docs/faq'));
    await page.evaluate(() =>
      document.documentElement.setAttribute('data-theme', 'dark'),
    );
    const colours = await page
      .locator('pre.language-bash')
      .first()
      .evaluate((pre) => ({
        background: getComputedStyle(pre).backgroundColor,
        tokens: pre.querySelectorAll('.token').length,
      }));
    const [r, g, b] = themes.oceanicNext.plain
      .backgroundColor!.match(/\w\w/g)!
      .map((hex) => parseInt(hex, 16));
    expect(colours.background).toBe(`rgb(${r}, ${g}, ${b})`);
    expect(colours.tokens).toBeGreaterThan(0);
  });

  /** Scrolls as a reader does, with the wheel, until `id` is `below` px under the top. */
  async function scrollPast(page: Page, id: string, below: number) {
    for (let step = 0; step < 200; step += 1) {
      const top = await headingTop(page, id);
      if (Math.abs(top - below) < 2) {
        return;
      }
      await page.mouse.wheel(0, Math.max(-600, Math.min(600, top - below)));
      await page.waitForTimeout(50);
    }
    throw new Error(`could not scroll ${id} to ${below}`);
  }

  function headingTop(page: Page, id: string): Promise<number> {
    return page.evaluate(
      (heading) =>
        document.getElementById(heading)!.getBoundingClientRect().top,
      id,
    );
  }

  /** Waits until the heading has held still for a few frames. */
  async function settledTop(page: Page, id: string): Promise<number> {
    let last = NaN;
    for (let same = 0; same < 5; ) {
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(resolve)),
      );
      const top = await headingTop(page, id);
      same = Math.abs(top - last) < 1 ? same + 1 : 0;
      last = top;
    }
    return last;
  }

  for (const [id, below] of [
    ['docker-hub-pull-rate-limit', 80],
    ['cert-manager-namespace-exists', -300],
  ] as const) {
    it(`reload keeps the reader on ${id} at ${below} px`, async () => {
      const {page} = await openPage(browser, {
        viewport: {width: 390, height: 844},
      });
      await page.goto(siteUrl('/en/docs/faq'));
      await hydrated(page);
      await scrollPast(page, id, below);
      await page.reload();
      await hydrated(page);
      const top = await settledTop(page, id);
      expect(Math.abs(top - below)).toBeLessThan(4);
    });
  }

  it('a link opened later in the same tab goes to its own entry', async () => {
    const {page} = await openPage(browser);
    await page.goto(siteUrl('/en/docs/faq'));
    await hydrated(page);
    await scrollPast(page, 'kubevela-roadmap', 0);
    await page.goto(siteUrl('/en/docs/faq#autoscale-metrics-server'));
    await hydrated(page);
    const top = await settledTop(page, 'autoscale-metrics-server');
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  });

  it('following a link to an entry seen before lands on it, not where the reader was', async () => {
    const {page} = await openPage(browser, {
      viewport: {width: 1366, height: 900},
    });
    await page.goto(siteUrl('/docs/faq#scopedefinition-exists'));
    await hydrated(page);
    await page.mouse.move(600, 400);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(400);
    await page.evaluate(() => (window.location.hash = 'kubevela-vs-helm'));
    await settledTop(page, 'kubevela-vs-helm');
    await page.evaluate(
      () => (window.location.hash = 'scopedefinition-exists'),
    );
    const top = await settledTop(page, 'scopedefinition-exists');
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  });

  it('Back returns to the entry the reader left', async () => {
    const {page} = await openPage(browser, {
      viewport: {width: 390, height: 844},
    });
    await page.goto(siteUrl('/docs/faq'));
    await hydrated(page);
    await scrollPast(page, 'mutating-webhook-configuration-exists', -200);
    await page.locator('.navbar__brand').first().click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/docs/faq');
    const top = await settledTop(page, 'mutating-webhook-configuration-exists');
    expect(Math.abs(top + 200)).toBeLessThan(4);
  });

  it('copy buttons are 44 px targets on a touch screen', async () => {
    const {page} = await openPage(browser, {
      viewport: {width: 390, height: 844},
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(siteUrl('/en/docs/faq#docker-hub-pull-rate-limit'));
    await hydrated(page);
    const card = page
      .locator('#docker-hub-pull-rate-limit ~ [data-card]')
      .first();
    const buttons = page.locator(
      '[data-entry-tools="docker-hub-pull-rate-limit"] button',
    );
    const sizes = [
      ...(await buttons.evaluateAll((all) =>
        all.map((b) => b.getBoundingClientRect().toJSON()),
      )),
      ...(await card
        .locator('.code-block-buttons button')
        .evaluateAll((all) =>
          all.map((b) => b.getBoundingClientRect().toJSON()),
        )),
    ] as DOMRect[];
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    for (const {width, height} of sizes) {
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    }
  });

  it('remembers the platform tab a reader chose', async () => {
    const {page} = await openPage(browser);
    await page.goto(siteUrl('/en/docs/faq#autoscale-metrics-server'));
    await hydrated(page);
    await page.getByRole('tab', {name: 'Minikube'}).click();
    await page.goto(siteUrl('/docs/faq#autoscale-metrics-server'));
    await hydrated(page);
    await expect(
      page.getByRole('tab', {name: 'Minikube'}).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await expect(
      page
        .getByRole('tabpanel')
        .filter({hasText: 'minikube addons'})
        .isVisible(),
    ).resolves.toBe(true);
  });
});
