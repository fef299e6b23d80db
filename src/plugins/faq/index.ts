import {createHash} from 'node:crypto';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {logger} from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkContent} from '../../content/check';
import {LOCALES, type Locale} from '../../content/types';
import {buildIndex} from '../../search/build';
import {buildCatalog} from './catalog';
import {FAQ_FILES, loadEntries, type EntriesByLocale} from './load';
import {buildSitemap} from './sitemap';
import {entryUrls, permalinkPath, type UrlsByLocale} from './urls';

export interface FaqContent {
  entries: EntriesByLocale;
  index: string;
}

/** What an entry's toolbar and notes need in the browser. */
export interface EntryLinks {
  id: string;
  title: string;
  summary: string;
  permalink: string;
  paths: UrlsByLocale;
  outdated: boolean;
}

/** What the browser needs: where the search index is, and the entries. */
export interface FaqGlobalData {
  indexPath: string;
  entries: EntryLinks[];
}

/** An entry's title and fix in one locale. */
export interface EntryText {
  locale: Locale;
  title: string;
  summary: string;
}

/** What a permalink page shows and where it sends the reader. */
export interface PermalinkData {
  id: string;
  /** For previews: one locale's, or every locale's joined. */
  title: string;
  summary: string;
  /** What the page shows, each in its own language. */
  texts: EntryText[];
  /** The locale this permalink always opens, or none to negotiate. */
  fixed?: Locale;
  targets: UrlsByLocale;
  canonical: string;
  permalink: string;
}

export const SEARCH_INDEX_FILE = 'search-index.json';
export const CATALOG_FILE = 'faq.json';
export const COMBINED_CATALOG_FILE = 'faq-catalog.json';

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

const unique = (items: string[]) => [...new Set(items)];

/**
 * A locale-fixed permalink speaks its locale; the plain one may open either,
 * so its link preview carries both.
 */
function textsFor(
  entries: EntriesByLocale,
  index: number,
  fixed: Locale | undefined,
): EntryText[] {
  const locales = fixed ? [fixed] : LOCALES;
  return locales.map((locale) => ({
    locale,
    title: entries[locale][index]!.title,
    summary: entries[locale][index]!.summary,
  }));
}

export default function faqPlugin(context: LoadContext): Plugin<FaqContent> {
  const {i18n} = context;
  const locale = i18n.currentLocale as Locale;
  const isDefaultLocale = locale === i18n.defaultLocale;

  return {
    name: 'faq',

    injectHtmlTags() {
      // Without JavaScript the tabs cannot switch: every platform's panel
      // shows, one after another, so no reader is left without their fix.
      // What cannot work at all (the search page's box) is not shown.
      return {
        headTags: [
          {
            tagName: 'noscript',
            innerHTML:
              '<style>[role="tabpanel"][hidden]{display:block}[data-needs-script]{display:none!important}</style>',
          },
        ],
      };
    },

    getClientModules() {
      return [
        path.join(__dirname, '../../clientModules/entryLinks'),
        path.join(__dirname, '../../clientModules/skippedCards'),
        path.join(__dirname, '../../clientModules/keepPlace'),
      ];
    },

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
      const links = content.entries[locale].map((entry): EntryLinks => {
        const urls = entryUrls(i18n, entry.id);
        return {
          id: entry.id,
          title: entry.title,
          summary: entry.summary,
          permalink: urls.permalink,
          paths: urls.paths,
          outdated: entry.translation?.outdated ?? false,
        };
      });
      const data: FaqGlobalData = {
        indexPath: `${SEARCH_INDEX_FILE}?v=${shortHash(content.index)}`,
        entries: links,
      };
      actions.setGlobalData(data);

      const forms: Array<Locale | undefined> = isDefaultLocale
        ? [undefined, locale]
        : [locale];
      for (const [index, entry] of content.entries[locale].entries()) {
        const urls = entryUrls(i18n, entry.id);
        for (const fixed of forms) {
          const texts = textsFor(content.entries, index, fixed);
          const page: PermalinkData = {
            id: entry.id,
            title: unique(texts.map((text) => text.title)).join(' · '),
            summary: unique(texts.map((text) => text.summary)).join(' '),
            texts,
            fixed,
            targets: urls.paths,
            canonical: urls.urls[fixed ?? locale],
            permalink: fixed ? urls.fixedPermalinks[fixed] : urls.permalink,
          };
          const route = permalinkPath(i18n, entry.id, fixed);
          actions.addRoute({
            path: route,
            component: '@site/src/components/PermalinkPage',
            exact: true,
            modules: {
              entry: await actions.createData(
                `permalink-${fixed ?? 'auto'}-${entry.id}.json`,
                JSON.stringify(page),
              ),
            },
          });
        }
      }
    },

    async postBuild({content, outDir, routesPaths}) {
      const write = (file: string, text: string) =>
        writeFile(path.join(outDir, file), text);
      const catalog = (of: Locale | 'all') =>
        `${JSON.stringify(buildCatalog(content.entries, i18n, of), null, 2)}\n`;

      await write(SEARCH_INDEX_FILE, content.index);
      await write(CATALOG_FILE, catalog(locale));
      if (isDefaultLocale) {
        await write(COMBINED_CATALOG_FILE, catalog('all'));
        await write('sitemap.xml', await buildSitemap(routesPaths, i18n));
      }
      logger.info`faq: locale path=${locale} indexed number=${
        content.entries[locale].length
      } entries; search index number=${content.index.length} bytes, number=${
        gzipSync(content.index).length
      } gzipped`;
    },
  };
}
