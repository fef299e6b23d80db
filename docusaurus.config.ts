import {themes as prismThemes} from 'prism-react-renderer';
import type {Config, PluginModule} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import codePlugin from './src/plugins/code';
import rehypeHighlight from './src/plugins/code/rehypeHighlight';
import faqPlugin from './src/plugins/faq';
import routeChunksPlugin from './src/plugins/routeChunks';
import {algoliaFromEnv} from './src/plugins/algolia';
import ssrTemplate from './src/html/ssrTemplate';

const siteUrl =
  process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const baseUrl = process.env.BASE_URL ?? '/';
const algolia = algoliaFromEnv(process.env);

// vsLight meets AA contrast on its white background except for attribute
// names (#ff0000, 4.0:1); VS Code's own darker red reaches 4.9:1.
const lightCodeTheme = {
  ...prismThemes.vsLight,
  styles: prismThemes.vsLight.styles.map((entry) =>
    entry.types.includes('attr-name')
      ? {...entry, style: {...entry.style, color: '#e50000'}}
      : entry,
  ),
};

const config: Config = {
  title: 'KubeVela FAQ',
  tagline: 'KubeVela 常见问题与排错',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  ssrTemplate,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  future: {
    faster: true,
    v4: {removeLegacyPostBuildHeadAttribute: true},
  },

  i18n: {
    defaultLocale: 'zh-Hans',
    locales: ['zh-Hans', 'en'],
    localeConfigs: {
      'zh-Hans': {label: '简体中文', htmlLang: 'zh-Hans'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          rehypePlugins: [rehypeHighlight],
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: false,
      } satisfies Preset.Options,
    ],
  ],

  themes: algolia ? ['@docusaurus/theme-search-algolia'] : [],
  plugins: [
    codePlugin as PluginModule,
    routeChunksPlugin as PluginModule,
    faqPlugin as PluginModule,
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'KubeVela FAQ',
      items: [
        {type: 'doc', docId: 'faq', position: 'left', label: 'FAQ'},
        {type: 'search', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        'KubeVela FAQ · <a href="https://kubevela.io/">kubevela.io</a>',
    },
    prism: {
      // Every token colour of both themes reaches 4.5:1 on its background.
      theme: lightCodeTheme,
      darkTheme: prismThemes.oceanicNext,
      additionalLanguages: ['bash'],
    },
    ...(algolia && {algolia}),
  } satisfies Preset.ThemeConfig,
};

export default config;
