import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {hydrated, launch, openPage, siteUrl} from './chromium';

const ODD_QUERIES: Record<string, string> = {
  'invalid percent-encoding': '%E0%A4%A',
  'HTML and script': encodeURIComponent(
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
  ),
  'control characters': encodeURIComponent(
    'vela\u0000\u0007\u001b[31m install\u0008',
  ),
  emoji: encodeURIComponent('🔥🚀 vela install 💥'),
  'right-to-left text': encodeURIComponent('\u202eمرحبا ScopeDefinition שלום'),
  'only punctuation': encodeURIComponent('!!! ??? ... ---'),
  'only numbers': encodeURIComponent('404 500 1373 0.1.0'),
  'a lone surrogate': '%ED%A0%80',
};

describe('odd input never breaks search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('an empty query shows a prompt, not an error', async () => {
    const {page, errors} = await openPage(browser);
    await page.goto(siteUrl('/search?q='));
    await page.locator('[data-search-state="idle"]').waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain(
      '在上面输入或粘贴内容来搜索 FAQ',
    );
    expect(errors).toEqual([]);
  });

  it('without JavaScript the search page says so and links to every answer', async () => {
    const {page} = await openPage(browser, {javaScriptEnabled: false});
    await page.goto(siteUrl('/en/search?q=metrics%20server'));
    // Playwright's text locators skip <noscript>: read the page instead.
    const note = await page.evaluate(() =>
      [...document.querySelectorAll('main p')]
        .filter((p) => p.textContent?.includes('Search runs in your browser'))
        .map((p) => ({
          height: p.getBoundingClientRect().height,
          link: p.querySelector('a')?.getAttribute('href'),
        })),
    );
    expect(note).toHaveLength(1);
    expect(note[0].height).toBeGreaterThan(0);
    expect(note[0].link).toBe('/en/docs/faq');
  });

  it('with JavaScript the search page does not show that note', async () => {
    const {page} = await openPage(browser);
    await page.goto(siteUrl('/en/search?q=metrics%20server'));
    await page.locator('[data-search-state="done"]').waitFor();
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('main p')].some(
        (p) =>
          p.textContent?.includes('Search runs in your browser') &&
          p.getBoundingClientRect().height > 0,
      ),
    );
    expect(shown).toBe(false);
  });

  for (const [name, q] of Object.entries(ODD_QUERIES)) {
    it(`${name} gets a page with a visible state and runs nothing`, async () => {
      const {page, errors} = await openPage(browser);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(siteUrl(`/en/search?q=${q}`));
      await page.locator('[data-search-state="done"]').waitFor();
      const state = page.locator('[data-confident]');
      await expect(state.count()).resolves.toBe(1);
      await expect(page.locator('#search-query').inputValue()).resolves.toBe(
        new URLSearchParams(`q=${q}`).get('q'),
      );
      await expect(
        page.evaluate(() => 'pwned' in window || '__pwned' in window),
      ).resolves.toBe(false);
      await expect(page.locator('main img').count()).resolves.toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('a 1 MB paste gets results within a second and says it was trimmed', async () => {
    const {page, errors} = await openPage(browser);
    await page.goto(siteUrl('/search'));
    await page.locator('#search-query').waitFor();
    const line =
      '2024-03-11T08:15:02Z ERROR serviceaccounts "cert-manager-cainjector" is forbidden: unable to create new content in namespace cert-manager because it is being terminated\n';
    const paste = line.repeat(Math.ceil(1_048_576 / line.length));
    // A reader clicks into the box, then pastes: the paste lands in one edit,
    // where typing a megabyte key by key would not be a paste.
    await page.locator('#search-query').focus();
    await page
      .locator('#search-query')
      .evaluate((box: HTMLTextAreaElement, text) => {
        box.value = text;
      }, paste);
    const started = Date.now();
    await page.getByRole('button', {name: '搜索', exact: true}).click();
    await page.locator('[data-search-state="done"]').waitFor();
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(1000);
    await expect(page.locator('[data-trimmed]').isVisible()).resolves.toBe(
      true,
    );
    await expect(
      page.locator('[data-result]').first().getAttribute('data-result'),
    ).resolves.toBe('cert-manager-namespace-terminating');
    // The address holds a trimmed query; the box keeps the reader's paste.
    await expect(
      page
        .locator('#search-query')
        .evaluate((box: HTMLTextAreaElement) => box.value.length),
    ).resolves.toBe(paste.length);
    await expect(page.locator('[data-edited]').count()).resolves.toBe(0);
    await expect(
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            setTimeout(() => resolve(performance.now() - start), 0);
          }),
      ),
    ).resolves.toBeLessThan(200);
    expect(errors).toEqual([]);
  });
});

describe('pasted logs stay private', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('with default settings no request carries the query or leaves the site', async () => {
    const {page} = await openPage(browser);
    const requests: Array<{url: string; body: string}> = [];
    page.on('request', (request) =>
      requests.push({url: request.url(), body: request.postData() ?? ''}),
    );
    const secret = 'ghp_S3cr3tT0kenValue0123456789abcdef';
    const log = `Error: ScopeDefinition exists token=${secret} host=build-7.corp.example 10.1.2.3`;
    await page.goto(siteUrl('/'));
    await page.locator('#paste-box').fill(log);
    await page.getByRole('button', {name: '查找答案'}).click();
    await page.locator('[data-search-state="done"]').waitFor();
    await hydrated(page);
    await page.keyboard.press('Control+k');
    await page.keyboard.type(`ScopeDefinition exists ${secret}`);
    await page.locator('[role="option"]').first().waitFor();

    const origin = new URL(siteUrl('/')).origin;
    const pageRequests = requests.filter((r) => !r.url.startsWith('data:'));
    expect(pageRequests.length).toBeGreaterThan(0);
    for (const request of pageRequests) {
      expect(new URL(request.url).origin, request.url).toBe(origin);
      const sent = decodeURIComponent(
        `${new URL(request.url).pathname}${new URL(request.url).search}${request.body}`,
      );
      expect(sent.includes(secret), request.url).toBe(false);
      expect(sent.includes('corp.example'), request.url).toBe(false);
    }
  });
});

describe('the not-found page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  for (const [path, words] of [
    ['/docs/scopedefinition-exists-error', 'scopedefinition exists error'],
    ['/en/docs/metrics_server', 'metrics server'],
  ]) {
    it(`${path} is a 404 that offers to search "${words}"`, async () => {
      const {page, errors} = await openPage(browser);
      const response = await page.goto(siteUrl(path));
      expect(response?.status()).toBe(404);
      const link = page.locator(`[data-search-words="${words}"]`);
      await link.waitFor();
      await link.click();
      await page.waitForURL(/\/search\?q=/);
      await page.locator('[data-search-state="done"]').waitFor();
      expect(new URL(page.url()).pathname).toBe(
        path.startsWith('/en/') ? '/en/search' : '/search',
      );
      expect(errors).toEqual([]);
    });
  }
});
