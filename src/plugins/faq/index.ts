import {createHash} from 'node:crypto';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkContent} from '../../content/check';
import type {Locale} from '../../content/types';
import {buildIndex} from '../../search/build';
import {FAQ_FILES, loadEntries, type EntriesByLocale} from './load';

export interface FaqContent {
  entries: EntriesByLocale;
  index: string;
}

/** What the browser needs to find this locale's search index. */
export interface FaqGlobalData {
  indexPath: string;
}

export const SEARCH_INDEX_FILE = 'search-index.json';

export default function faqPlugin(context: LoadContext): Plugin<FaqContent> {
  const locale = context.i18n.currentLocale as Locale;

  return {
    name: 'faq',

    getPathsToWatch() {
      return Object.values(FAQ_FILES).map((file) =>
        path.join(context.siteDir, file),
      );
    },

    async loadContent() {
      const entries = await loadEntries(context.siteDir);
      checkContent(entries['zh-Hans'], entries.en);
      return {entries, index: buildIndex(entries, locale)};
    },

    async contentLoaded({content, actions}) {
      const version = createHash('sha256')
        .update(content.index)
        .digest('hex')
        .slice(0, 10);
      const data: FaqGlobalData = {
        indexPath: `${SEARCH_INDEX_FILE}?v=${version}`,
      };
      actions.setGlobalData(data);
    },

    async postBuild({content, outDir}) {
      await writeFile(path.join(outDir, SEARCH_INDEX_FILE), content.index);
      const gzipped = gzipSync(content.index).length;
      logger.info`faq: locale path=${locale} indexed number=${
        content.entries[locale].length
      } entries; search index number=${content.index.length} bytes, number=${gzipped} gzipped`;
    },
  };
}
