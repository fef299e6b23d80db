import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import {extractEntries} from '../src/content/extract';
import type {Locale} from '../src/content/types';
import {FAQ_FILES} from '../src/plugins/faq/load';
import {buildIndex} from '../src/search/build';
import {loadIndex, type Matcher} from '../src/search/match';
import type {EntriesByLocale} from '../src/search/records';

export const ROOT = path.resolve(__dirname, '..');

/**
 * A path given on the command line. npm runs scripts from the project root,
 * so it is resolved against the directory npm was run in.
 */
export function userPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** Where the site build writes each locale's index. */
export const BUILT_INDEX: Record<Locale, string> = {
  'zh-Hans': 'build/search-index.json',
  en: 'build/en/search-index.json',
};

export interface LoadedIndex {
  json: string;
  matcher: Matcher;
  /** The built file read, or `memory` when built from the MDX pages. */
  source: string;
}

async function readEntries(locale: Locale) {
  const file = path.join(ROOT, FAQ_FILES[locale]);
  if (!existsSync(file)) {
    return null;
  }
  return extractEntries(
    await readFile(file, 'utf8'),
    FAQ_FILES[locale],
    locale,
  );
}

/** Both locales' entries; a missing English page borrows the Chinese one. */
export async function loadEntries(): Promise<EntriesByLocale> {
  const zh = (await readEntries('zh-Hans'))!;
  const en = await readEntries('en');
  if (!en) {
    logger.warn`path=${FAQ_FILES.en} does not exist yet: the en index shows the Chinese entries`;
  }
  return {
    'zh-Hans': zh,
    en: en ?? zh.map((entry) => ({...entry, locale: 'en'})),
  };
}

let entries: Promise<EntriesByLocale> | undefined;

/**
 * The built index of a locale if the site was built, else (or when `rebuild`
 * is set) one built now from the MDX pages.
 */
export async function loadLocaleIndex(
  locale: Locale,
  rebuild = false,
): Promise<LoadedIndex> {
  const built = path.join(ROOT, BUILT_INDEX[locale]);
  if (!rebuild && existsSync(built)) {
    const json = await readFile(built, 'utf8');
    try {
      return {json, matcher: loadIndex(json), source: BUILT_INDEX[locale]};
    } catch (error) {
      logger.warn`path=${BUILT_INDEX[locale]} is unusable (${String(error)}); building the index from the MDX pages`;
    }
  }
  entries ??= loadEntries();
  const json = buildIndex(await entries, locale);
  return {json, matcher: loadIndex(json), source: 'memory'};
}
