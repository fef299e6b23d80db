// Serves the production build: precompressed files, long-lived caching for
// content-hashed assets, revalidation for everything else.
import http from 'node:http';
import {readFileSync, existsSync} from 'node:fs';
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

function notFound(dir) {
  const pages = new Map(
    ['', ...LOCALE_PREFIXES].map((prefix) => [
      prefix,
      readFileSync(path.join(dir, prefix, '404.html')),
    ]),
  );
  return (req, res) => {
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

/** An HTTP server for a built site directory; call `.listen(port)` on it. */
export function createServer(dir) {
  const serveFile = sirv(dir, {
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    setHeaders: cacheHeaders,
    onNoMatch: notFound(dir),
  });
  return http.createServer((req, res) => serveFile(req, res));
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
