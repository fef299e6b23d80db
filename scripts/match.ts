import {readFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import logger from '@docusaurus/logger';
import type {Locale} from '../src/content/types';
import {search, type SearchResponse} from '../src/search/match';
import {loadLocaleIndex, userPath} from './search-indexes';

const USAGE =
  'Usage: npm run match -- [--json] [--base-url URL] [--locale zh-Hans|en] [FILE]\n' +
  'Reads a log or a question from FILE (or standard input) and prints the FAQ ' +
  'entries that match it. Exits 0 on a confident match, 1 on none, 2 on a usage error.';

const LOCALES: readonly string[] = ['zh-Hans', 'en'];

interface Args {
  json: boolean;
  baseUrl: string;
  locale: Locale;
  file?: string;
}

class UsageError extends Error {}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: {type: 'boolean', default: false},
        'base-url': {type: 'string', default: 'http://localhost:3000'},
        locale: {type: 'string', default: 'zh-Hans'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function parse(argv: string[]): Args {
  const {values, positionals} = parseOptions(argv);
  if (values.help) {
    // No message: the usage text is the answer, and the exit code is 0.
    throw new UsageError('');
  }
  if (!LOCALES.includes(values.locale)) {
    throw new UsageError(
      `Unknown locale "${values.locale}": use zh-Hans or en`,
    );
  }
  if (positionals.length > 1) {
    throw new UsageError('Give at most one FILE');
  }
  return {
    json: values.json,
    baseUrl: values['base-url'].replace(/\/+$/, ''),
    locale: values.locale as Locale,
    file: positionals[0],
  };
}

async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== '-') {
    return readFile(userPath(file), 'utf8').catch((error: Error) => {
      throw new UsageError(`Cannot read ${file}: ${error.message}`);
    });
  }
  if (process.stdin.isTTY) {
    throw new UsageError('Give a FILE, or pipe the log into standard input');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The permalink of an entry on the site of a locale. */
function entryUrl(baseUrl: string, locale: Locale, id: string): string {
  const prefix = locale === 'en' ? '/en' : '';
  return `${baseUrl}${prefix}/docs/faq#${id}`;
}

function render(response: SearchResponse, args: Args): string {
  const results = response.results.map((result) => ({
    ...result,
    url: entryUrl(args.baseUrl, args.locale, result.id),
  }));
  if (args.json) {
    const {confident, trimmed} = response;
    return JSON.stringify({confident, trimmed, results}, null, 2);
  }
  if (results.length === 0) {
    return 'No entry matches.';
  }
  const verdict = response.confident
    ? 'Confident match:'
    : 'No confident match; the closest entries:';
  const lines = results.map(
    (result, i) =>
      `${i + 1}. ${result.title}\n   ${result.url}\n   ${result.summary}`,
  );
  const note = response.trimmed
    ? ['(The input was long: only part of it was read.)']
    : [];
  return [verdict, ...lines, ...note].join('\n');
}

async function main(): Promise<number> {
  let args: Args;
  let input: string;
  try {
    args = parse(process.argv.slice(2));
    input = await readInput(args.file);
  } catch (error) {
    if (!(error instanceof UsageError)) {
      throw error;
    }
    if (error.message) {
      logger.error(error.message);
    }
    (error.message ? process.stderr : process.stdout).write(`${USAGE}\n`);
    return error.message ? 2 : 0;
  }
  if (!input.trim()) {
    logger.error('The input is empty: give the log or question to match');
    return 2;
  }

  const {matcher} = await loadLocaleIndex(args.locale);
  const response = search(matcher, input, {limit: 3});
  process.stdout.write(`${render(response, args)}\n`);
  return response.confident ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    logger.error(error);
    process.exit(2);
  },
);
