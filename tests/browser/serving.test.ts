import {request, type IncomingHttpHeaders} from 'node:http';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launch, openPage, siteUrl} from './chromium';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request as the server answers it, body not decoded. */
function get(pathname: string, headers: Record<string, string> = {}) {
  return new Promise<Reply>((resolve, reject) => {
    request(siteUrl(pathname), {headers}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('serving the build', () => {
  it('compresses with brotli or gzip, as the browser accepts', async () => {
    const plain = await get('/docs/faq');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get('/docs/faq', {'Accept-Encoding': 'br, gzip'});
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    const gzip = await get('/docs/faq', {'Accept-Encoding': 'gzip'});
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  });

  it('lets browsers keep hashed assets for a year and revalidate pages', async () => {
    const page = await get('/en/');
    expect(page.headers['cache-control']).toContain('must-revalidate');
    const etag = page.headers.etag!;
    expect(etag).toBeTruthy();
    await expect(
      get('/en/', {'If-None-Match': etag}).then((reply) => reply.status),
    ).resolves.toBe(304);

    const script = page.body
      .toString()
      .match(/<link rel=preload href=([^ >]+) as=script/)![1];
    expect(script).toMatch(/\/assets\/js\/.+\.[0-9a-f]{8}\.js$/);
    const asset = await get(script);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it.each([
    ['/docs/FAQ', '/docs/faq'],
    ['/EN/docs/faq?from=issue', '/en/docs/faq?from=issue'],
    ['/zh-Hans/docs/faq', '/docs/faq'],
    ['/zh-Hans', '/'],
    ['/e/SCOPEDEFINITION-EXISTS', '/e/scopedefinition-exists'],
    ['/ZH-HANS/e/Kubevela-Roadmap', '/zh-Hans/e/kubevela-roadmap'],
    ['/docs/faq.html', '/docs/faq'],
    ['/en/docs/faq.html?from=issue', '/en/docs/faq?from=issue'],
    ['/index.html', '/'],
    ['/en/index.html', '/en/'],
  ])('sends %s on to %s', async (from, to) => {
    const reply = await get(from);
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe(to);
    await expect(get(to).then(({status}) => status)).resolves.toBe(200);
  });

  it.each([
    '/docs/nope',
    '/DOCS',
    '/zh-Hans/docs/nope',
    '/../../etc/passwd',
    '/404',
    '/en/404',
    '/404.html',
  ])('%s is a 404 page', async (pathname) => {
    const reply = await get(pathname);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('<html');
  });

  it('serves a search link that carries a 20,000-character log', async () => {
    const log = 'Error: ScopeDefinition exists '.repeat(700);
    expect(log.length).toBeGreaterThan(20_000);
    const reply = await get(`/en/search?${new URLSearchParams({q: log})}`);
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toMatch(/id="?search-query/);
  });
});

describe('a mistyped address in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('lands on the entry without a page error or console error', async () => {
    const {page, errors} = await openPage(browser);
    const logged: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        logged.push(message.text());
      }
    });
    await page.goto(siteUrl('/docs/FAQ#docker-hub-pull-rate-limit'));
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/docs/faq');
    const top = await page
      .locator('#docker-hub-pull-rate-limit')
      .evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    expect(errors).toEqual([]);
    expect(logged).toEqual([]);
  });
});
