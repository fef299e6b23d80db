import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';

/** The way from any page to the whole FAQ. */
export default function ReadAllLink(): ReactNode {
  return (
    <Link to="/docs/faq">
      <Translate id="home.browse" description="Link to the FAQ page">
        Read all questions and answers
      </Translate>
    </Link>
  );
}
