import {Children, isValidElement, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useColorMode} from '@docusaurus/theme-common';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock';

/** Plain-text children become one string, so the copy button can copy it. */
function asText(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) {
    return children;
  }
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * The static HTML carries the light code colours and hydration does not patch
 * styles, so code is rendered again in the browser only on a dark page. The
 * theme re-renders every block on every page, which on the FAQ's thirty blocks
 * costs a phone a second of blocked main thread.
 */
export default function CodeBlock({children, ...props}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const {colorMode} = useColorMode();
  const content = asText(children);
  const Content = typeof content === 'string' ? StringContent : ElementContent;
  return (
    <Content
      key={isBrowser && colorMode === 'dark' ? 'dark' : 'light'}
      {...props}
    >
      {content as string}
    </Content>
  );
}
