import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PrismTheme} from 'prism-react-renderer';
import {codeThemeCss} from './tokenCss';

interface PrismConfig {
  theme: PrismTheme;
  darkTheme?: PrismTheme;
}

/**
 * Code blocks are highlighted while pages compile (see rehypeHighlight). This
 * plugin gives them their colours, as CSS written from the Prism themes in
 * `themeConfig.prism`, and keeps Prism out of the browser: the theme's client
 * module that loads it on every page has nothing to highlight.
 */
export default function codePlugin(context: LoadContext): Plugin {
  const {theme, darkTheme} = context.siteConfig.themeConfig
    .prism as PrismConfig;
  const css = codeThemeCss(theme, darkTheme ?? theme);
  const prismClientModule = require.resolve(
    '@docusaurus/theme-classic/lib/prism-include-languages',
  );
  return {
    name: 'code',
    injectHtmlTags: () => ({
      headTags: [{tagName: 'style', innerHTML: css}],
    }),
    configureWebpack: () => ({
      resolve: {
        alias: {
          [prismClientModule]: false,
          [prismClientModule.replace(/\.js$/, '')]: false,
        },
      },
    }),
  };
}
