import type * as Match from '../../search/match';

export type SearchOutcome = ReturnType<typeof Match.search>;

export interface FaqMatcher {
  search(query: string): SearchOutcome;
}

const matchers = new Map<string, Promise<FaqMatcher>>();
let matchCode: Promise<typeof Match> | undefined;

/**
 * Hands over matcher code that a page bundles itself (the search page does,
 * as it always searches), so it is not fetched as a chunk of its own.
 */
export function provideMatcherCode(code: typeof Match): void {
  matchCode = Promise.resolve(code);
}

/** Lets the browser paint and take input between two long steps. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

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
      (matchCode ??= import('../../search/match')),
      fetchIndex(indexUrl),
    ]).then(async ([match, json]) => {
      const index = match.loadIndex(json);
      // Reading the index and the first search each take a while on a slow
      // phone: run them as two tasks, not one.
      await yieldToBrowser();
      return {search: (query: string) => match.search(index, query)};
    });
    matcher.catch(() => matchers.delete(indexUrl));
    matchers.set(indexUrl, matcher);
  }
  return matcher;
}
