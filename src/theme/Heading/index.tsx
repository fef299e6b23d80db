import type {ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import {usePluginData} from '@docusaurus/useGlobalData';
import EntryTools from '@site/src/components/EntryTools';
import OutdatedNote from '@site/src/components/OutdatedNote';
import type {FaqGlobalData} from '@site/src/plugins/faq';

type Props = WrapperProps<typeof HeadingType>;

/** An entry heading gets the entry's copy buttons and, if stale, a note. */
export default function HeadingWrapper(props: Props): ReactNode {
  const {entries} = usePluginData('faq') as FaqGlobalData;
  const entry =
    props.as === 'h3' ? entries.find(({id}) => id === props.id) : undefined;
  if (!entry) {
    return <Heading {...props} />;
  }
  return (
    <>
      <Heading {...props} />
      <EntryTools entry={entry} />
      {entry.outdated && <OutdatedNote entry={entry} />}
    </>
  );
}
