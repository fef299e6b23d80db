import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Translate, {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import ReadAllLink from '@site/src/components/ReadAllLink';
import {pathWords} from '@site/src/search/pathWords';

/** A missing page offers to search for the words of its address. */
export default function NotFoundContent({className}: Props): ReactNode {
  const {pathname} = useLocation();
  // The HTML is rendered once for every missing path: its words are known
  // only in the browser.
  const words = useIsBrowser() ? pathWords(pathname) : '';
  // The page's title too, set here as well as on the 404 page: under /docs/
  // the docs plugin renders this content for a missing path without it.
  const title = translate({
    id: 'theme.NotFound.title',
    message: 'Page Not Found',
    description: 'The 404 page title',
  });
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <PageMetadata title={title} />
      <Heading as="h1">{title}</Heading>
      <p>
        <Translate id="notFound.lead" description="Below the 404 page title">
          There is no page at this address. The FAQ may still answer your
          question.
        </Translate>
      </p>
      <p>
        {words ? (
          <Link
            to={`/search?${new URLSearchParams({q: words})}`}
            data-search-words={words}
          >
            <Translate
              id="notFound.search"
              description="Link that searches the words of a missing path"
              values={{words}}
            >
              {'Search the FAQ for “{words}”'}
            </Translate>
          </Link>
        ) : (
          <ReadAllLink />
        )}
      </p>
    </main>
  );
}
