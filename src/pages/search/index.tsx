import {useEffect, useState, type FormEvent, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import {readUrlQuery, toUrlQuery} from '@site/src/components/Search/queryUrl';
import {useFaqSearch} from '@site/src/components/Search/useFaqSearch';
import SearchResults from './_components/SearchResults';
import styles from './styles.module.css';

export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const {q, trimmed} = readUrlQuery(location.search);
  const [draft, setDraft] = useState(q);
  const state = useFaqSearch(q);

  useEffect(() => setDraft(q), [q]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    history.replace({...location, search: await toUrlQuery(draft)});
  }

  const title = translate({
    id: 'search.page.title',
    message: 'Search the FAQ',
    description: 'Title of the search page',
  });
  return (
    <Layout title={title} description={title}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <form role="search" onSubmit={submit} className={styles.form}>
          <label htmlFor="search-query" className={styles.label}>
            <Translate
              id="search.page.label"
              description="Label of the search page's text box"
            >
              Paste an error message or a log, or ask a question
            </Translate>
          </label>
          <textarea
            id="search-query"
            className={styles.query}
            value={draft}
            rows={4}
            spellCheck={false}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button button--primary">
            <Translate id="search.page.submit" description="Search button">
              Search
            </Translate>
          </button>
        </form>
        <SearchResults query={q} trimmedInUrl={trimmed} state={state} />
      </main>
    </Layout>
  );
}
