import {useEffect, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import clsx from 'clsx';
import styles from './styles.module.css';

interface Props {
  text: string;
  children: ReactNode;
  /** The button's name when its children are only an icon. */
  label?: string;
  className?: string;
}

const FEEDBACK_MS = 2000;

/** A button that copies `text` and says so, also to screen readers. */
export default function CopyButton({
  text,
  children,
  label,
  className,
}: Props): ReactNode {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') {
      return undefined;
    }
    const timer = setTimeout(() => setState('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [state]);

  function copy() {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  }

  return (
    <button
      type="button"
      className={clsx(
        'button button--sm button--secondary',
        styles.button,
        className,
      )}
      aria-label={label}
      title={label}
      onClick={copy}
    >
      {children}
      <span className={styles.feedback} role="status" aria-live="polite">
        {state === 'copied' && (
          <Translate id="copy.done" description="After copying succeeded">
            Copied
          </Translate>
        )}
        {state === 'failed' && (
          <Translate id="copy.failed" description="After copying failed">
            Copy failed
          </Translate>
        )}
      </span>
    </button>
  );
}
