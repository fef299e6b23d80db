import type {PrismTheme} from 'prism-react-renderer';

type Style = PrismTheme['plain'];

function declarations(style: Style): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => {
      const property = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      return `${property}:${String(value)}`;
    })
    .join(';');
}

/**
 * CSS for one Prism theme: the block's text and background as the variables
 * the code block container uses, then a rule per token type, in the theme's
 * order so later entries win as they do in the theme. Every selector starts
 * with `scope`, which picks the colour mode.
 */
export function tokenCss(theme: PrismTheme, scope: string): string {
  const plain = `${scope}{--prism-color:${theme.plain.color ?? 'inherit'};--prism-background-color:${theme.plain.backgroundColor ?? 'transparent'}}`;
  const rules = theme.styles.map(({types, languages, style}) => {
    const within = languages?.length
      ? languages.map((language) => `${scope} .language-${language}`)
      : [scope];
    const selectors = within.flatMap((prefix) =>
      types.map((type) => `${prefix} .token.${type}`),
    );
    return `${selectors.join(',')}{${declarations(style)}}`;
  });
  return [plain, ...rules].join('\n');
}

/** Token CSS for the light and the dark colour mode. */
export function codeThemeCss(light: PrismTheme, dark: PrismTheme): string {
  return [
    tokenCss(light, "html:not([data-theme='dark'])"),
    tokenCss(dark, "html[data-theme='dark']"),
  ].join('\n');
}
