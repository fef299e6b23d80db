import type {SearchResult} from 'minisearch';

/**
 * BM25's inverse document frequency of each query term the index knows. The
 * hits of an OR query are every entry holding one of its terms, so they give
 * each term's document frequency exactly.
 */
export function termWeights(
  hits: SearchResult[],
  documents: number,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hit of hits) {
    for (const term of hit.queryTerms) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  const weights = new Map<string, number>();
  for (const [term, count] of counts) {
    const idf = Math.log(1 + (documents - count + 0.5) / (count + 0.5));
    weights.set(term, idf);
  }
  return weights;
}

/** The share of the query's known terms, by weight, that one hit holds. */
export function explainedShare(
  hit: SearchResult,
  weights: Map<string, number>,
): number {
  let known = 0;
  for (const weight of weights.values()) {
    known += weight;
  }
  const found = hit.queryTerms.reduce(
    (total, term) => total + (weights.get(term) ?? 0),
    0,
  );
  return known ? found / known : 0;
}
