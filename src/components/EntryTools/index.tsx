import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import CopyButton from '../CopyButton';
import type {EntryLinks} from '../../plugins/faq';
import styles from './styles.module.css';

interface Props {
  entry: EntryLinks;
}

/** The snippet a maintainer pastes into an issue: linked title, then the fix. */
export function entryMarkdown(entry: EntryLinks): string {
  const title = entry.title.replace(/([[\]\\])/g, '\\$1');
  return `[${title}](${entry.permalink})\n\n${entry.summary}\n`;
}

export default function EntryTools({entry}: Props): ReactNode {
  return (
    <div className={styles.tools} data-entry-tools={entry.id}>
      <CopyButton text={entry.permalink}>
        <Translate
          id="entry.copyLink"
          description="Copies an entry's permalink"
        >
          Copy link
        </Translate>
      </CopyButton>
      <CopyButton text={entryMarkdown(entry)}>
        <Translate
          id="entry.copyMarkdown"
          description="Copies an entry as a Markdown snippet"
        >
          Copy as Markdown
        </Translate>
      </CopyButton>
    </div>
  );
}
