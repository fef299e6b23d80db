import type {ReactNode} from 'react';
import Admonition from '@theme/Admonition';
import Translate from '@docusaurus/Translate';
import type {EntryLinks} from '../../plugins/faq';

interface Props {
  entry: EntryLinks;
}

/** Tells readers of a stale translation where the current source is. */
export default function OutdatedNote({entry}: Props): ReactNode {
  return (
    <Admonition type="warning" title={<OutdatedTitle />}>
      <p data-outdated={entry.id}>
        <Translate
          id="entry.outdated.body"
          description="Body of the outdated-translation note"
          values={{
            original: (
              <a href={entry.paths['zh-Hans']} hrefLang="zh-Hans">
                <Translate
                  id="entry.outdated.link"
                  description="Link to the Chinese original of an entry"
                >
                  Chinese original
                </Translate>
              </a>
            ),
          }}
        >
          {
            'The Chinese text has changed since this was translated. Read the {original}.'
          }
        </Translate>
      </p>
    </Admonition>
  );
}

function OutdatedTitle(): ReactNode {
  return (
    <Translate
      id="entry.outdated.title"
      description="Title of the outdated note"
    >
      This translation may be outdated
    </Translate>
  );
}
