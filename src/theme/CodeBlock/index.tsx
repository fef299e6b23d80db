import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import Container from '@theme/CodeBlock/Container';
import ElementContent from '@theme/CodeBlock/Content/Element';
import type {Props} from '@theme/CodeBlock';
import CopyButton from '@site/src/components/CopyButton';
import {languageOf, textOf} from './text';
import styles from './styles.module.css';

/** Output laid out in columns, as `kubectl get` prints it. */
const ALIGNED_COLUMNS = /\S[ \t]*(?:\t| {2})[ \t]*\S/;

/**
 * Characters of a line that fit beside the copy button: on a phone's narrow
 * column, and on a desktop's. A block that scrolls sideways shows its first
 * lines under the button if they are longer.
 */
const BESIDE_BUTTON = {narrow: 24, wide: 70};

/** The longer of a block's first two lines, which the copy button sits on. */
function firstLinesLength(text: string): number {
  return Math.max(...text.split('\n', 2).map((line) => line.length));
}

interface BlockProps extends Props {
  readonly 'data-highlighted'?: boolean;
}

function CopyIcon(): ReactNode {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path
        fill="currentColor"
        d="M5 1h8a2 2 0 0 1 2 2v8h-2V3H5zM1 5a2 2 0 0 1 2-2h6a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2zm2 0v8h6V5z"
      />
    </svg>
  );
}

/**
 * A fenced block, highlighted at build time (src/plugins/code): the browser
 * runs no highlighter, measures nothing and renders nothing after hydration.
 * Output and logs wrap, so a phone shows a whole error line; code, and
 * output in aligned columns, scroll sideways, keeping their layout, and start
 * below the copy button where their first lines would run under it. Other
 * JSX inside a `<pre>` keeps the theme's frame.
 */
export default function CodeBlock({
  children,
  className,
  'data-highlighted': highlighted,
}: BlockProps): ReactNode {
  if (!highlighted && typeof children !== 'string') {
    return <ElementContent className={className}>{children}</ElementContent>;
  }
  const language = languageOf(className);
  const text = textOf(children).replace(/\n$/, '');
  const wraps = language === 'text' && !ALIGNED_COLUMNS.test(text);
  const topLength = wraps ? 0 : firstLinesLength(text);
  return (
    <Container as="div" className={styles.block}>
      <pre
        // A region that may scroll must take keyboard focus.
        tabIndex={wraps ? undefined : 0}
        className={clsx(
          styles.code,
          wraps && styles.wrap,
          topLength > BESIDE_BUTTON.narrow && styles.belowButtonWhenNarrow,
          topLength > BESIDE_BUTTON.wide && styles.belowButton,
          `language-${language}`,
        )}
      >
        <code className={styles.lines}>{children}</code>
      </pre>
      <div className={clsx(styles.buttons, 'code-block-buttons')}>
        <CopyButton
          text={text}
          label={translate({
            id: 'theme.CodeBlock.copyButtonAriaLabel',
            message: 'Copy code to clipboard',
            description: 'The ARIA label for copy code blocks button',
          })}
          className={styles.copy}
        >
          <CopyIcon />
        </CopyButton>
      </div>
    </Container>
  );
}
