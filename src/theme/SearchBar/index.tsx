import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import OriginalSearchBar from '@theme-original/SearchBar';
import NavbarSearch from '@site/src/components/NavbarSearch';
import {privateSearchClient} from '@site/src/components/Search/privateSearchClient';

/**
 * The local search by default; Algolia DocSearch when the site was built with
 * Algolia settings, with each query trimmed and redacted before it is sent.
 */
export default function SearchBar(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  if (siteConfig.themeConfig.algolia) {
    return <OriginalSearchBar transformSearchClient={privateSearchClient} />;
  }
  return <NavbarSearch />;
}
