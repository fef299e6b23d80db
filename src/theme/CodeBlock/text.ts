import {Children, isValidElement, type ReactNode} from 'react';

/** The text of a code block's children, as the copy button copies it. */
export function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => {
      if (typeof child === 'string' || typeof child === 'number') {
        return String(child);
      }
      return isValidElement<{children?: ReactNode}>(child)
        ? textOf(child.props.children)
        : '';
    })
    .join('');
}

/** The language a block's `language-*` class names; `text` if none. */
export function languageOf(className: string | undefined): string {
  return /(?:^|\s)language-(\S+)/.exec(className ?? '')?.[1] ?? 'text';
}
