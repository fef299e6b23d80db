import {
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import Head from '@docusaurus/Head';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import * as match from '@site/src/search/match';
import {provideMatcherCode} from '@site/src/components/Search/loadMatcher';
import {readUrlQuery, toUrlQuery} from '@site/src/components/Search/queryUrl';
import {
  useFaqSearch,
  useIndexUrl,
  usePrefetchSearch,
} from '@site/src/components/Search/useFaqSearch';
import ReadAllLink from '@site/src/components/ReadAllLink';
import SearchResults from './_components/SearchResults';
import {submitOnCtrlEnter} from '@site/src/components/Search/submitOnCtrlEnter';
import styles from './styles.module.css';

// This page always searches: its chunk carries the matcher, and its HTML asks
// for the index, so neither waits for the page to hydrate.
provideMatcherCode(match);

// Runs as the HTML arrives, before the page's scripts: shows the query from
// the address in the box at once, where the server could not put it.
const SHOW_URL_QUERY = `(function () {
  var q = new URLSearchParams(location.search).get('q');
  var box = document.getElementById('search-query');
  if (!q || !q.trim() || !box) return;
  if (!box.value) box.value = q;
  var empty = document.querySelector('[data-search-empty]');
  if (empty) empty.hidden = true;
})();`;

/**
 * Keeps the box in step with the query in the address, as Back and Forward
 * change it, without ever discarding what the reader typed: text typed before
 * the page hydrated stays, and so does a long paste after its search, which
 * the address holds only trimmed.
 */
function useQueryBox(q: string, isBrowser: boolean) {
  const box = useRef<HTMLTextAreaElement>(null);
  const synced = useRef(false);
  const keepFor = useRef<string | null>(null);
  // Whether the box holds other text than the query its results are for.
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!isBrowser || !element) {
      return;
    }
    const typedBeforeHydration =
      !synced.current && element.value !== '' && element.value !== q;
    synced.current = true;
    const submitted = keepFor.current === q;
    keepFor.current = null;
    if (!submitted && !typedBeforeHydration) {
      element.value = q;
    }
    // A long paste kept after its search was searched, though trimmed.
    setEdited(!submitted && element.value.trim() !== q.trim());
  }, [q, isBrowser]);
  function onInput() {
    setEdited((box.current?.value.trim() ?? '') !== q.trim());
  }
  /** Keeps the box as it is when the address next shows `query`. */
  function keepReaderText(query: string) {
    keepFor.current = query;
  }
  return {box, edited: edited && q.trim() !== '', onInput, keepReaderText};
}

export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const searchUrl = useBaseUrl('/search');
  // The server renders no query: reading it only in the browser keeps the
  // first render identical to the HTML, as hydration needs.
  const isBrowser = useIsBrowser();
  const {q, trimmed} = readUrlQuery(isBrowser ? location.search : '');
  const state = useFaqSearch(q);
  const prefetch = usePrefetchSearch();
  const indexUrl = useIndexUrl();
  const {box, edited, onInput, keepReaderText} = useQueryBox(q, isBrowser);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('q') ?? '');
    const search = await toUrlQuery(text);
    if (search !== location.search) {
      keepReaderText(readUrlQuery(search).q);
      history.push({...location, search});
    }
  }

  const title = translate({
    id: 'search.page.title',
    message: 'Search the FAQ',
    description: 'Title of the search page',
  });
  return (
    <Layout title={title} description={title}>
      <Head>
        <link
          rel="preload"
          href={indexUrl}
          as="fetch"
          crossOrigin="anonymous"
        />
      </Head>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <form
          role="search"
          data-needs-script=""
          action={searchUrl}
          method="get"
          onSubmit={submit}
          className={styles.form}
        >
          <label htmlFor="search-query" className={styles.label}>
            <Translate
              id="search.page.label"
              description="Label of the search page's text box"
            >
              Paste an error message or a log, or ask a question
            </Translate>
          </label>
          <textarea
            ref={box}
            id="search-query"
            name="q"
            className={styles.query}
            defaultValue={q}
            rows={4}
            spellCheck={false}
            onFocus={prefetch}
            onInput={onInput}
            onKeyDown={submitOnCtrlEnter}
          />
          <button type="submit" className="button button--primary">
            <Translate id="search.page.submit" description="Search button">
              Search
            </Translate>
          </button>
        </form>
        <noscript>
          <p className={styles.noscript}>
            <Translate
              id="search.page.noscript"
              description="Search page note for a browser without JavaScript"
            >
              Search runs in your browser and needs JavaScript. Every answer is
              also on one page:
            </Translate>{' '}
            <ReadAllLink />
          </p>
        </noscript>
        <SearchResults
          query={q}
          trimmedInUrl={trimmed}
          state={state}
          edited={edited}
        />
        <script dangerouslySetInnerHTML={{__html: SHOW_URL_QUERY}} />
      </main>
    </Layout>
  );
}
