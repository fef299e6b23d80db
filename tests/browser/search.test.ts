import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {
  allowClipboard,
  delayScripts,
  hydrated,
  launch,
  openPage,
  siteUrl,
} from './chromium';

const SCOPE_ERROR =
  'Error: rendered manifests contain a resource that already exists. Unable to continue with install: ScopeDefinition "healthscopes.core.oam.dev" in namespace "" exists and cannot be imported into the current release';

/** A vela install log as a reader pastes it: prompts, timestamps, frames. */
function pastedLog(): string {
  const lines = [
    '$ vela install --version 1.0.3',
    '2024-03-11T08:15:02.118Z INFO  starting installer pid=4711',
    '- Installing Vela Core Chart:',
    'install chart vela-core, version 1.0.3, desc : A Helm chart for Kube Vela core, contains 40 file',
  ];
  for (let i = 0; i < 12; i += 1) {
    lines.push(
      `2024-03-11T08:15:${String(10 + i).padStart(2, '0')}.5${i}Z DEBUG waiting for pod vela-core-7c9f${i}d8b5-x${i}k2q in ns vela-system (10.2.${i}.17)`,
    );
  }
  lines.push(
    'Failed to install the chart with error: Namespace "cert-manager" in namespace "" exists and cannot be imported into the current release: invalid ownership metadata; label validation error: missing key "app.kubernetes.io/managed-by": must be set to "Helm"',
    'rendered manifests contain a resource that already exists. Unable to continue with install',
    'helm.sh/helm/v3/pkg/action.(*Install).Run',
    '\t/home/runner/go/pkg/mod/helm.sh/helm/v3@v3.5.0/pkg/action/install.go:281',
    'github.com/oam-dev/kubevela/pkg/commands.InstallOamRuntime',
    '\t/home/runner/work/kubevela/kubevela/pkg/commands/system.go:259',
    'main.main',
    '\t/home/runner/work/kubevela/kubevela/references/cmd/cli/main.go:16',
    'runtime.main',
    '\t/opt/hostedtoolcache/go/1.16.2/x64/src/runtime/proc.go:225',
    'runtime.goexit',
    '\t/opt/hostedtoolcache/go/1.16.2/x64/src/runtime/asm_amd64.s:1371',
    'Error: rendered manifests contain a resource that already exists.',
    'exit status 1',
  );
  return lines.join('\n');
}

async function searchPage(page: Page, path: string) {
  await page.goto(siteUrl(path));
  await page.locator('[data-search-state="done"]').waitFor();
  return page
    .locator('[data-result]')
    .evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-result')),
    );
}

describe('search in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  for (const prefix of ['', '/en']) {
    it(`the search page puts scopedefinition-exists first for a pasted error (${prefix || 'zh-Hans'})`, async () => {
      const {page, errors} = await openPage(browser);
      const ids = await searchPage(
        page,
        `${prefix}/search?q=${encodeURIComponent(SCOPE_ERROR)}`,
      );
      expect(ids[0]).toBe('scopedefinition-exists');
      await expect(
        page.locator('[data-confident="true"] [data-result]').count(),
      ).resolves.toBe(1);
      const href = await page
        .locator('[data-result] a')
        .first()
        .getAttribute('href');
      expect(href).toBe(`${prefix}/docs/faq#scopedefinition-exists`);
      await expect(
        page.locator('[data-result] mark').count(),
      ).resolves.toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  }

  it('a 30-line log pasted into the home box lands on the right card', async () => {
    const {page, errors} = await openPage(browser);
    await page.goto(siteUrl('/'));
    const log = pastedLog();
    expect(log.split('\n').length).toBeGreaterThanOrEqual(30);
    await page.locator('#paste-box').fill(log);
    await page.getByRole('button', {name: '查找答案'}).click();
    await page.waitForURL(/\/search\?q=/);
    await page.locator('[data-confident="true"] [data-result] a').click();
    await page.waitForURL(/\/docs\/faq#cert-manager-namespace-exists$/);
    await page.locator('[id="cert-manager-namespace-exists"]').waitFor();
    expect(errors).toEqual([]);
  });

  it('Ctrl+Enter in a paste box searches; Enter adds a line', async () => {
    const {page} = await openPage(browser);
    await page.goto(siteUrl('/en/'));
    await hydrated(page);
    const box = page.locator('#paste-box');
    await box.fill('error: Metrics API not available');
    await box.press('Enter');
    await expect(box.inputValue()).resolves.toBe(
      'error: Metrics API not available\n',
    );
    expect(new URL(page.url()).pathname).toBe('/en/');
    await box.press('Control+Enter');
    await page.waitForURL(/\/en\/search\?q=/);
    await page.locator('[data-search-state="done"]').waitFor();
    const query = page.locator('#search-query');
    await query.fill('TARGETS <unknown>');
    await query.press('Control+Enter');
    await page.waitForURL(/q=TARGETS/);
  });

  it('text boxes on a phone use 16 px text, so the browser does not zoom', async () => {
    const {page} = await openPage(browser, {
      viewport: {width: 390, height: 844},
      hasTouch: true,
      isMobile: true,
    });
    for (const [path, selector] of [
      ['/', '#paste-box'],
      ['/search', '#search-query'],
      ['/docs/faq', '.navbar input'],
    ]) {
      await page.goto(siteUrl(path));
      const size = await page
        .locator(selector)
        .first()
        .evaluate((box) => parseFloat(getComputedStyle(box).fontSize));
      expect(size, `${path} ${selector}`).toBeGreaterThanOrEqual(16);
    }
  });

  it('the navbar search works by keyboard alone', async () => {
    const {page} = await openPage(browser);
    await page.goto(siteUrl('/en/'));
    await hydrated(page);
    await page.keyboard.press('Control+k');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('role')),
    ).resolves.toBe('combobox');
    await page.keyboard.type('docker hub toomanyrequests pull rate limit');
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(
      page.locator('[role="option"][aria-selected="true"]').count(),
    ).resolves.toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/docs\/faq#docker-hub-pull-rate-limit$/);
    // The reader is on the answer: focus is on its heading, so a screen
    // reader announces it and Tab goes on from there.
    await page.locator('h3#docker-hub-pull-rate-limit:focus').waitFor();
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() =>
        document.activeElement?.closest('[data-entry-tools], h3')
          ? 'entry'
          : document.activeElement?.tagName,
      ),
    ).resolves.toBe('entry');
  });

  it('the search page shows its query before its scripts run and keeps what the reader types meanwhile', async () => {
    const {page, errors} = await openPage(browser);
    await delayScripts(page, 2000);
    await page.goto(siteUrl('/en/search?q=helm'), {
      waitUntil: 'domcontentloaded',
    });
    const box = page.locator('#search-query');
    await expect(box.inputValue()).resolves.toBe('helm');
    await expect(page.locator('[data-search-empty]').isVisible()).resolves.toBe(
      false,
    );
    await expect(
      page.locator('html[data-has-hydrated="true"]').count(),
    ).resolves.toBe(0);
    await box.fill('namespace cert-manager is terminating');
    await hydrated(page);
    await page.locator('[data-search-state="done"]').waitFor();
    await expect(box.inputValue()).resolves.toBe(
      'namespace cert-manager is terminating',
    );
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'search-query',
    );
    // The results shown are still those for "helm", and the page says so.
    await expect(page.locator('[data-edited]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('Ctrl+Enter searches before the page has hydrated', async () => {
    const {page} = await openPage(browser);
    await delayScripts(page, 2000);
    await page.goto(siteUrl('/en/search?q=abc'), {
      waitUntil: 'domcontentloaded',
    });
    await page.locator('#search-query').fill('pull rate limit');
    await page.locator('#search-query').press('Control+Enter');
    await page.waitForURL(/\?q=pull\+rate\+limit$/, {timeout: 5000});
    await expect(page.locator('#search-query').inputValue()).resolves.toBe(
      'pull rate limit',
    );
  });

  it('the navbar box keeps what the reader typed while the scripts loaded', async () => {
    const {page} = await openPage(browser, {
      viewport: {width: 1366, height: 900},
    });
    await delayScripts(page, 2000);
    await page.goto(siteUrl('/en/docs/faq'), {waitUntil: 'domcontentloaded'});
    const box = page.locator('.navbar input[type="search"]');
    await box.click();
    await box.pressSequentially('ScopeDefinition');
    await expect(
      page.locator('html[data-has-hydrated="true"]').count(),
    ).resolves.toBe(0);
    await hydrated(page);
    await expect(box.inputValue()).resolves.toBe('ScopeDefinition');
    await page.locator('[role="option"]').first().waitFor({timeout: 5000});
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#scopedefinition-exists$/);
  });

  it('the navbar search box is a form: Enter opens the search page without JavaScript', async () => {
    const {page} = await openPage(browser, {javaScriptEnabled: false});
    await page.goto(siteUrl('/en/'));
    await page.locator('.navbar input[type="search"]').fill('pull rate limit');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\?q=pull\+rate\+limit$/);
    // That page cannot search without JavaScript: it shows no box that does
    // nothing, only the note and the link to every answer.
    await expect(page.locator('main form').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-search-empty]').isVisible()).resolves.toBe(
      false,
    );
  });

  it('the navbar search opens the search page on Enter without a choice', async () => {
    const {page} = await openPage(browser);
    await page.goto(siteUrl('/'));
    await hydrated(page);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('metrics server');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=metrics\+server/);
    await page.locator('[data-search-state="done"]').waitFor();
  });
  it('the navbar search works on a phone', async () => {
    const {page} = await openPage(browser, {
      viewport: {width: 390, height: 844},
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(siteUrl('/en/docs/faq'));
    await hydrated(page);
    const box = page.getByRole('combobox', {name: 'Search the FAQ'});
    await expect(box.isVisible()).resolves.toBe(true);
    await box.tap();
    await box.fill('metrics server kind');
    const option = page.locator('[role="option"]').first();
    await option.waitFor();
    await option.tap();
    await page.waitForURL(/#autoscale-metrics-server$/);
  });
  it('a long log pasted into the navbar opens the search page with its last error', async () => {
    const {page} = await openPage(browser);
    await allowClipboard(page);
    await page.goto(siteUrl('/en/'));
    await hydrated(page);
    const noise = Array.from(
      {length: 150},
      (_, i) =>
        `2024-03-11T08:${String(i % 60).padStart(2, '0')}:02Z DEBUG reconcile app-${i} in ns team-${i % 7}: ok`,
    );
    const log = [
      ...noise,
      'Error: rendered manifests contain a resource that already exists. Unable to continue with install: Namespace "cert-manager" in namespace "" exists and cannot be imported into the current release',
    ].join('\n');
    expect(log.length).toBeGreaterThan(8000);
    await page.evaluate((text) => navigator.clipboard.writeText(text), log);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+v');
    await page.waitForURL(/\/en\/search\?q=/);
    await page.locator('[data-search-state="done"]').waitFor();
    await expect(
      page
        .locator('[data-confident="true"] [data-result]')
        .getAttribute('data-result'),
    ).resolves.toBe('cert-manager-namespace-exists');
  });

  it('Back returns to the previous search', async () => {
    const {page} = await openPage(browser);
    await page.goto(siteUrl('/search?q=metrics%20server'));
    await page.locator('[data-search-state="done"]').waitFor();
    await hydrated(page);
    await page.locator('#search-query').fill('toomanyrequests pull rate limit');
    await page.getByRole('button', {name: '搜索', exact: true}).click();
    await page.waitForURL(/toomanyrequests/);
    await page.goBack();
    await page.waitForURL(/q=metrics/);
    await expect(page.locator('#search-query').inputValue()).resolves.toBe(
      'metrics server',
    );
  });

  it('says so when no entry shares a word with the query', async () => {
    const {page} = await openPage(browser);
    await page.goto(siteUrl('/en/search?q=%21%21%21'));
    await page.locator('[data-search-state="done"]').waitFor();
    await expect(page.locator('[data-result]').count()).resolves.toBe(0);
    await expect(
      page.locator('[data-confident="false"]').textContent(),
    ).resolves.toContain('No entry matches your text.');
  });
});
