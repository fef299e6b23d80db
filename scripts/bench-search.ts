import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import logger from '@docusaurus/logger';
import type {Locale} from '../src/content/types';
import {search, type SearchResponse} from '../src/search/match';
import {rank} from '../src/search/rank';
import {makePaste} from './bench/paste';
import {clientBundle, gzipped} from './bench/size';
import {kb, ms, percentile, time} from './bench/stats';
import {
  loadEntries,
  loadLocaleIndex,
  ROOT,
  userPath,
  type LoadedIndex,
} from './search-indexes';

interface Query {
  id: string;
  query: string;
  expect: string | null;
  lang: 'zh' | 'en';
}

interface Outcome {
  query: Query;
  response: SearchResponse;
  /** 1-based rank of the expected entry, 0 when it is not listed. */
  position: number;
}

const LOCALE: Record<Query['lang'], Locale> = {zh: 'zh-Hans', en: 'en'};
const DEFAULT_QUERIES = '../shared/search-queries.dev.jsonl';

async function readQueries(file: string): Promise<Query[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Query);
}

function evaluate(query: Query, index: LoadedIndex): Outcome {
  const response = search(index.matcher, query.query, {limit: 10});
  const ids = response.results.map((result) => result.id);
  return {query, response, position: ids.indexOf(query.expect ?? '') + 1};
}

function top3(response: SearchResponse): string {
  return response.results
    .slice(0, 3)
    .map((result) => `${result.id} (${result.score.toFixed(1)})`)
    .join(', ');
}

function reportQuality(outcomes: Outcome[]): void {
  const positives = outcomes.filter((outcome) => outcome.query.expect);
  const negatives = outcomes.filter((outcome) => !outcome.query.expect);
  const share = (count: number) =>
    positives.length ? (count / positives.length).toFixed(3) : 'n/a';
  const at = (n: number) =>
    positives.filter((o) => o.position > 0 && o.position <= n).length;
  const reciprocal = positives.reduce(
    (sum, o) => sum + (o.position ? 1 / o.position : 0),
    0,
  );
  const wrong = negatives.filter((o) => o.response.confident).length;
  const sure = positives.filter(
    (o) => o.response.confident && o.position === 1,
  ).length;

  logger.info`queries number=${outcomes.length}: positives number=${positives.length}, negatives number=${negatives.length}`;
  logger.info(
    `recall@1 ${share(at(1))}  recall@3 ${share(at(3))}  MRR ${share(reciprocal)}`,
  );
  logger.info(
    `negatives called confident: ${wrong}/${negatives.length}; ` +
      `positives confident and first: ${sure}/${positives.length}`,
  );
  const failures = outcomes.filter((o) =>
    o.query.expect
      ? o.position !== 1 || !o.response.confident
      : o.response.confident,
  );
  if (failures.length === 0) {
    logger.success('failures: none');
  }
  for (const {query, response} of failures) {
    logger.warn(
      `failure ${query.id} [${query.lang}] expected ${query.expect ?? 'none'}` +
        `, confident=${response.confident}; got ${top3(response) || 'nothing'}`,
    );
  }
}

function explain(query: Query, index: LoadedIndex): void {
  const {candidates, terms} = rank(index.matcher, query.query);
  const shown = candidates.slice(0, 3).map((c) => {
    const against = c.objections.length
      ? ` against [${c.objections.join(', ')}]`
      : '';
    const figures = `${c.score.toFixed(1)} cover ${c.cover.toFixed(2)} explained ${c.explained.toFixed(2)} ${c.slots}${against}`;
    return `${c.entry.id} ${figures}`;
  });
  logger.info(
    `${query.id} expect ${query.expect ?? 'none'} (${terms.length} terms): ${shown.join(' | ')}`,
  );
}

function reportLatency(
  queries: Query[],
  indexes: Map<Locale, LoadedIndex>,
  paste: string,
): void {
  const samples = queries.flatMap((query) => {
    const {matcher} = indexes.get(LOCALE[query.lang])!;
    return time(() => search(matcher, query.query), 50);
  });
  logger.info(
    `latency per query: p50 ${ms(percentile(samples, 0.5))}, p95 ${ms(percentile(samples, 0.95))} (${samples.length} runs)`,
  );
  for (const [locale, {matcher}] of indexes) {
    const runs = time(() => search(matcher, paste), 200);
    logger.info(
      `latency per ${kb(paste.length)} paste (${locale}): p50 ${ms(percentile(runs, 0.5))}, p95 ${ms(percentile(runs, 0.95))}`,
    );
  }
}

async function reportSizes(indexes: Map<Locale, LoadedIndex>): Promise<void> {
  for (const [locale, index] of indexes) {
    logger.info(
      `index ${locale} (${index.source}): ${kb(index.json.length)} raw, ${kb(gzipped(index.json))} gzipped`,
    );
  }
  const bundle = await clientBundle(ROOT);
  logger.info(
    `search client: ${kb(bundle.length)} minified, ${kb(gzipped(bundle))} gzipped`,
  );
}

async function main(): Promise<void> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      verbose: {type: 'boolean', short: 'v'},
      rebuild: {type: 'boolean'},
    },
  });
  const file = positionals[0]
    ? userPath(positionals[0])
    : path.resolve(ROOT, DEFAULT_QUERIES);
  const queries = await readQueries(file);
  const indexes = new Map<Locale, LoadedIndex>();
  for (const locale of ['zh-Hans', 'en'] as const) {
    indexes.set(locale, await loadLocaleIndex(locale, values.rebuild));
  }

  const outcomes = queries.map((query) =>
    evaluate(query, indexes.get(LOCALE[query.lang])!),
  );
  if (values.verbose) {
    queries.forEach((q) => explain(q, indexes.get(LOCALE[q.lang])!));
  }
  reportQuality(outcomes);
  reportLatency(queries, indexes, makePaste(await loadEntries()));
  await reportSizes(indexes);
}

main().catch((error: unknown) => {
  logger.error(error);
  process.exit(1);
});
