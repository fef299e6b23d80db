// Measures the production build as a reader's browser meets it: Lighthouse
// category scores, LCP, TBT, CLS and bytes transferred for the six pages, on
// mobile and desktop. A benchmark: it prints figures and fails only when it
// cannot run. Options: --build rebuilds (and times the build) first; --runs N
// keeps the median of N Lighthouse runs per row; --pages /a,/b measures only
// those pages.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {availableParallelism, loadavg} from 'node:os';
import path from 'node:path';
import {createInterface} from 'node:readline';
import {parseArgs, stripVTControlCharacters} from 'node:util';
import {launch} from 'chrome-launcher';
import lighthouse, {desktopConfig} from 'lighthouse';
import {logger} from '@docusaurus/logger';
import {MEASURED_PAGES as PAGES} from './pages.mjs';
import {createServer} from './serve.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FORM_FACTORS = {mobile: undefined, desktop: desktopConfig};
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const BUILD_DIR = path.resolve('build');

/**
 * Runs `npm run build` and times each locale from the lines Docusaurus logs:
 * from "[locale] Creating an optimized production build" to the next
 * "Generated static files".
 */
function build() {
  const start = performance.now();
  const locales = [];
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    createInterface({input: child.stdout}).on('line', (raw) => {
      const line = stripVTControlCharacters(raw);
      const now = performance.now() - start;
      const creating = line.match(/\[([\w-]+)\] Creating an optimized/);
      if (creating) {
        locales.push({locale: creating[1], start: now});
      } else if (line.includes('Generated static files') && locales.length) {
        locales.at(-1).end = now;
      }
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve({total: performance.now() - start, locales})
        : reject(new Error(`npm run build exited with code ${code}`)),
    );
  });
}

function reportBuild({total, locales}) {
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const each = locales
    .map(({locale, start, end}) => `${locale} ${seconds(end - start)}`)
    .join(', ');
  logger.info`Build: number=${seconds(total)} for both locales (${each}; the rest is startup and precompression)`;
}

function listen(server) {
  return new Promise((resolve) =>
    server.listen(0, 'localhost', () => resolve(server.address().port)),
  );
}

function transfer(lhr) {
  const items = lhr.audits['resource-summary'].details.items;
  const size = (type) =>
    items.find((item) => item.resourceType === type)?.transferSize ?? 0;
  return {total: size('total'), script: size('script')};
}

async function measure(url, port, config) {
  const {lhr} = await lighthouse(
    url,
    {port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES},
    config,
  );
  if (lhr.runtimeError) {
    throw new Error(`${url}: ${lhr.runtimeError.message}`);
  }
  const failing = Object.values(lhr.audits).filter(
    (audit) => audit.score !== null && audit.score < 1 && isScored(lhr, audit),
  );
  return {
    scores: CATEGORIES.map((id) => Math.round(lhr.categories[id].score * 100)),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    bytes: transfer(lhr),
    cpu: lhr.environment.benchmarkIndex,
    failing: failing.map((audit) => audit.id),
    errored: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => audit.id),
  };
}

/** Whether an audit weighs on a category other than performance. */
function isScored(lhr, audit) {
  return CATEGORIES.slice(1).some((id) =>
    lhr.categories[id].auditRefs.some(
      (ref) => ref.id === audit.id && ref.weight > 0,
    ),
  );
}

function formatRow({page, formFactor, result}) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    page,
    formFactor,
    ...result.scores.map(String),
    `${Math.round(result.lcp)} ms`,
    `${Math.round(result.tbt)} ms`,
    result.cls.toFixed(3),
    kb(result.bytes.total),
    kb(result.bytes.script),
    String(Math.round(result.cpu)),
  ];
}

function printTable(rows) {
  const header = [
    'page',
    'device',
    'perf',
    'a11y',
    'bp',
    'seo',
    'LCP',
    'TBT',
    'CLS',
    'bytes',
    'JS bytes',
    'CPU index',
  ];
  const table = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...table.map((row) => row[column].length)),
  );
  const line = (row) =>
    row
      .map((cell, column) =>
        column < 2
          ? cell.padEnd(widths[column])
          : cell.padStart(widths[column]),
      )
      .join('  ');
  process.stdout.write(
    `\n${[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`,
  );
}

/** The run with the median performance score, as Lighthouse advises. */
function median(runs) {
  const sorted = [...runs].sort((a, b) => a.scores[0] - b.scores[0]);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Lighthouse runs one page at a time: the machine has few cores. A first,
 * discarded run warms Chromium up, so the first page is not measured cold.
 */
async function measureAll(origin, chromePort, runs, pages) {
  await measure(`${origin}${pages[0]}`, chromePort, undefined);

  const results = [];
  for (const page of pages) {
    for (const [formFactor, config] of Object.entries(FORM_FACTORS)) {
      const attempts = [];
      for (let run = 0; run < runs; run += 1) {
        attempts.push(await measure(`${origin}${page}`, chromePort, config));
      }
      const result = median(attempts);
      const failing = result.failing.length
        ? ` failing name=${result.failing.join(', ')}`
        : '';
      logger.info`bench: url=${page} ${formFactor}${failing}`;
      results.push({page, formFactor, result});
    }
  }
  return results;
}

function reportErrored(results) {
  const errored = new Set(results.flatMap(({result}) => result.errored));
  if (errored.size > 0) {
    logger.warn`Lighthouse could not run name=${[...errored].join(', ')} with this Chromium; they count in no score.`;
  }
}

async function run() {
  const {values} = parseArgs({
    options: {
      build: {type: 'boolean'},
      runs: {type: 'string', default: '1'},
      pages: {type: 'string', default: PAGES.join(',')},
    },
  });
  const pages = values.pages.split(',');
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  }
  if (values.build || !existsSync(path.join(BUILD_DIR, 'index.html'))) {
    reportBuild(await build());
  }

  logger.info`bench: load average number=${loadavg()[0].toFixed(1)} on number=${availableParallelism()} cores; the CPU index column drops when other work shares the machine; median of number=${runs} run(s) per row`;
  const server = createServer(BUILD_DIR);
  const port = await listen(server);
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const results = await measureAll(
      `http://localhost:${port}`,
      chrome.port,
      runs,
      pages,
    );
    printTable(results.map(formatRow));
    reportErrored(results);
  } finally {
    chrome.kill();
    server.close();
  }
}

run().catch((error) => {
  logger.error(error);
  process.exit(1);
});
