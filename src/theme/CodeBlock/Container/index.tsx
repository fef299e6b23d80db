import type {ComponentProps, ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import styles from './styles.module.css';

/**
 * The frame of a code block. Its colours come from the stylesheet the code
 * plugin writes for both colour modes, not from inline styles, so the static
 * HTML is right in dark mode too.
 */
export default function CodeBlockContainer<T extends 'div' | 'pre'>({
  as: As,
  ...props
}: {as: T} & ComponentProps<T>): ReactNode {
  const Frame = As as 'div';
  return (
    <Frame
      {...(props as ComponentProps<'div'>)}
      className={clsx(
        props.className,
        styles.container,
        ThemeClassNames.common.codeBlock,
      )}
    />
  );
}
