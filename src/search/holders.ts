import type MiniSearch from 'minisearch';

/** The entries that hold each term, exactly as it is indexed. */
export type Holders = Map<string, Set<string>>;

/** Which entries hold each term, by one exact search of the index. */
export function findHolders(miniSearch: MiniSearch, terms: string[]): Holders {
  const holders: Holders = new Map();
  if (terms.length === 0) {
    return holders;
  }
  const hits = miniSearch.search(terms.join(' '), {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    fuzzy: false,
    prefix: false,
  });
  for (const hit of hits) {
    for (const term of hit.terms) {
      holders.set(term, (holders.get(term) ?? new Set()).add(hit.id));
    }
  }
  return holders;
}

/** Index terms with `term` inside: `imagepullbackof` holds `backof`. */
export function containing(term: string, vocabulary: Set<string>): string[] {
  return [...vocabulary].filter((word) => word.includes(term));
}
