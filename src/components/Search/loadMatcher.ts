import type {search} from '../../search/match';

export type SearchOutcome = ReturnType<typeof search>;

export interface FaqMatcher {
  search(query: string): SearchOutcome;
}

const matchers = new Map<string, Promise<FaqMatcher>>();

async function fetchIndex(indexUrl: string): Promise<string> {
  const response = await fetch(indexUrl);
  if (!response.ok) {
    throw new Error(`${indexUrl}: HTTP ${response.status}`);
  }
  return response.text();
}

/**
 * Fetches the search index and the matcher code on first use only, so pages
 * that never search never pay for them.
 */
export function loadMatcher(indexUrl: string): Promise<FaqMatcher> {
  let matcher = matchers.get(indexUrl);
  if (!matcher) {
    matcher = Promise.all([
      import('../../search/match'),
      fetchIndex(indexUrl),
    ]).then(([match, json]) => {
      const index = match.loadIndex(json);
      return {search: (query: string) => match.search(index, query)};
    });
    matcher.catch(() => matchers.delete(indexUrl));
    matchers.set(indexUrl, matcher);
  }
  return matcher;
}
