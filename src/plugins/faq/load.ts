import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {extractEntries} from '../../content/extract';
import type {Entry, Locale} from '../../content/types';

/** Where each locale's FAQ page lives, relative to the site directory. */
export const FAQ_FILES: Record<Locale, string> = {
  'zh-Hans': 'docs/faq.mdx',
  en: 'i18n/en/docusaurus-plugin-content-docs/current/faq.mdx',
};

export type EntriesByLocale = Record<Locale, Entry[]>;

export async function loadEntries(siteDir: string): Promise<EntriesByLocale> {
  const read = async (locale: Locale) => {
    const file = FAQ_FILES[locale];
    const source = await readFile(path.join(siteDir, file), 'utf8');
    return extractEntries(source, file, locale);
  };
  const [zh, en] = await Promise.all([read('zh-Hans'), read('en')]);
  return {'zh-Hans': zh, en};
}
