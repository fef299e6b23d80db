import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import ReadAllLink from '@site/src/components/ReadAllLink';
import ResultItem from '@site/src/components/Search/ResultItem';
import type {SearchState} from '@site/src/components/Search/useFaqSearch';

interface Props {
  query: string;
  trimmedInUrl: boolean;
  state: SearchState;
  /** The box holds other text than `query`, which the results are for. */
  edited: boolean;
}

function Status({state}: {state: SearchState}): ReactNode {
  if (state.status === 'loading') {
    return (
      <Translate id="search.loading" description="While the index loads">
        Loading the search index…
      </Translate>
    );
  }
  if (state.status === 'error') {
    return (
      <Translate id="search.error" description="When the index fails to load">
        The search index could not be loaded. Reload the page to try again.
      </Translate>
    );
  }
  return null;
}

export default function SearchResults({
  query,
  trimmedInUrl,
  state,
  edited,
}: Props): ReactNode {
  const outcome = state.status === 'done' ? state.outcome : undefined;
  const [best, ...rest] = outcome?.results ?? [];
  const confident = Boolean(outcome?.confident && best);
  return (
    <div aria-live="polite" data-search-state={state.status}>
      <p role="status">
        <Status state={state} />
      </p>
      {edited && outcome && (
        <p data-edited="">
          <Translate
            id="search.edited"
            description="When the box was edited after the search"
          >
            These results are for the text searched before your edit. Press
            Search to search what is in the box now.
          </Translate>
        </p>
      )}
      {(trimmedInUrl || outcome?.trimmed) && (
        <p data-trimmed="">
          <Translate id="search.trimmed" description="When a paste was cut">
            Your text was long, so only its start, its end and the error lines
            in between were searched.
          </Translate>
        </p>
      )}
      {!query.trim() && (
        <p data-search-empty="" data-needs-script="">
          <Translate id="search.empty" description="Search page, no query">
            Type or paste something above to search the FAQ.
          </Translate>
        </p>
      )}
      {outcome && confident && (
        <section data-confident="true">
          <Heading as="h2">
            <Translate id="search.best" description="Heading of the best match">
              Best match
            </Translate>
          </Heading>
          <ResultItem result={best} best />
        </section>
      )}
      {outcome && !confident && query.trim() && (
        <p data-confident="false">
          {outcome.results.length > 0 ? (
            <Translate id="search.noConfident" description="No confident match">
              No entry matches your text confidently. These are the nearest
              entries.
            </Translate>
          ) : (
            <Translate id="search.none" description="No entry shares a word">
              No entry matches your text. Try the error line itself, or read all
              questions and answers.
            </Translate>
          )}
        </p>
      )}
      {outcome?.results.length === 0 && query.trim() && (
        <p>
          <ReadAllLink />
        </p>
      )}
      {outcome && (confident ? rest : outcome.results).length > 0 && (
        <section>
          <Heading as="h2">
            <Translate id="search.more" description="Heading of other results">
              Other entries
            </Translate>
          </Heading>
          {(confident ? rest : outcome.results).map((result) => (
            <ResultItem key={result.id} result={result} />
          ))}
        </section>
      )}
    </div>
  );
}
