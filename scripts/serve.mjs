// Serves the production build: precompressed files, long-lived caching for
// content-hashed assets, revalidation for everything else.
import http from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import sirv from 'sirv';
import {logger} from '@docusaurus/logger';

const HASHED = /^\/(?:[a-z-]+\/)?assets\//i;
const LOCALE_PREFIXES = ['/en/'];

function cacheHeaders(res, pathname) {
  res.setHeader(
    'Cache-Control',
    HASHED.test(pathname)
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=0, must-revalidate',
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/** The default locale's prefix: its pages live without it, bar permalinks. */
const DEFAULT_LOCALE_PREFIX = /^\/zh-hans(?=\/|$)/i;
const PREFIX_AS_BUILT = '/zh-Hans';

/** Whether the build holds a page or file at a URL path. */
function builds(dir, pathname) {
  const file = path.join(dir, pathname);
  if (!file.startsWith(dir + path.sep)) {
    return false;
  }
  return [file, `${file}.html`, path.join(file, 'index.html')].some(
    (candidate) => statSync(candidate, {throwIfNoEntry: false})?.isFile(),
  );
}

/** A path in lower case, but for the locale prefix spelt as built. */
function lowerCase(pathname) {
  return pathname.toLowerCase().replace(DEFAULT_LOCALE_PREFIX, PREFIX_AS_BUILT);
}

/**
 * Where a mistyped address of a real page lives: the same path in lower case
 * (`/docs/FAQ`, `/e/SCOPEDEFINITION-EXISTS`) or without the default locale's
 * prefix (`/zh-Hans/docs/faq`). Links pasted into issues keep working, and
 * the browser never renders a 404 page for a path its router would accept.
 */
function canonicalPath(dir, pathname) {
  const unprefixed = pathname.replace(DEFAULT_LOCALE_PREFIX, '') || '/';
  const candidates = [
    lowerCase(pathname),
    unprefixed,
    unprefixed.toLowerCase(),
  ];
  return candidates.find(
    (candidate) => candidate !== pathname && builds(dir, candidate),
  );
}

function notFound(dir) {
  const pages = new Map(
    ['', ...LOCALE_PREFIXES].map((prefix) => [
      prefix,
      readFileSync(path.join(dir, prefix, '404.html')),
    ]),
  );
  return (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    const canonical = canonicalPath(dir, pathname);
    if (canonical) {
      res.statusCode = 301;
      res.setHeader('Location', encodeURI(canonical) + url.search);
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.end();
      return;
    }
    const prefix =
      LOCALE_PREFIXES.find(
        (p) => req.url.startsWith(p) || `${req.url}/` === p,
      ) ?? '';
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(pages.get(prefix));
  };
}

/** The 404 page's own addresses, which must not answer 200. */
const NOT_FOUND_PAGE = /^\/(?:[a-z-]+\/)?404(?:\.html)?$/i;

/**
 * The address of a page asked for by its file name (`/docs/faq.html`,
 * `/en/index.html`), or undefined for any other path.
 */
function pageAddress(pathname) {
  if (!/\.html$/i.test(pathname) || NOT_FOUND_PAGE.test(pathname)) {
    return undefined;
  }
  return pathname.replace(/(^|\/)index\.html$/i, '$1').replace(/\.html$/i, '');
}
/**
 * Longest request head accepted. Node's 16 KB default turns a search link
 * with a long pasted log into a bare 431 error; Chromium sends up to 2 MB.
 */
const MAX_HEADER_SIZE = 2 * 1024 * 1024;

/** An HTTP server for a built site directory; call `.listen(port)` on it. */
export function createServer(dir) {
  const onNoMatch = notFound(dir);
  const serveFile = sirv(dir, {
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    setHeaders: cacheHeaders,
    onNoMatch,
  });
  return http.createServer({maxHeaderSize: MAX_HEADER_SIZE}, (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const address = pageAddress(url.pathname);
    if (address) {
      // The router knows a page by its address only: under its file name the
      // browser would render it as missing.
      res.statusCode = 301;
      res.setHeader('Location', address + url.search);
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.end();
    } else if (NOT_FOUND_PAGE.test(url.pathname)) {
      onNoMatch(req, res);
    } else {
      serveFile(req, res);
    }
  });
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = path.resolve(process.env.BUILD_DIR ?? 'build');
  if (!existsSync(path.join(dir, 'index.html'))) {
    logger.error`No build in path=${dir}: run npm run build first.`;
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  createServer(dir).listen(port, () => {
    logger.success`Serving path=${dir} at url=${`http://localhost:${port}/`} (Chinese) and url=${`http://localhost:${port}/en/`} (English)`;
  });
}
