import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import {inject} from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export function siteUrl(pathname: string): string {
  return `${inject('baseUrl')}${pathname}`;
}

/** Lets the page read and write the clipboard, as the copy tests need. */
export async function allowClipboard(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: siteUrl(''),
  });
}

/** A fresh page that fails the test on any uncaught page error. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{page: Page; errors: Error[]}> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return {page, errors};
}

/**
 * A slow network for scripts alone: each arrives `ms` late, so the reader
 * has the page's HTML long before it hydrates.
 */
export async function delayScripts(page: Page, ms: number): Promise<void> {
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/** Waits until React has hydrated the page, as Docusaurus marks on <html>. */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor();
}

/**
 * Picks a language in the navbar as a reader does: opens the menu and follows
 * the link by keyboard, since a scripted click first scrolls the page to
 * "reveal" the menu item and so moves the entry the reader was on.
 */
export async function switchLanguage(page: Page, lang: string): Promise<void> {
  await page.locator('.navbar .dropdown > .navbar__link').first().hover();
  const link = page.locator(`.navbar a[lang="${lang}"]`).first();
  await link.waitFor({state: 'visible'});
  await link.focus();
  await page.keyboard.press('Enter');
}
