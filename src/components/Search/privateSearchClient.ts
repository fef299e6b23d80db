import {redact} from '../../search/redact';

/** Algolia refuses queries longer than this many characters. */
export const ALGOLIA_QUERY_LIMIT = 512;

/** The text that may leave the browser for a query: redacted, then cut. */
export function outgoingQuery(query: string): string {
  return redact(query).slice(0, ALGOLIA_QUERY_LIMIT);
}

interface SearchRequest {
  params?: {query?: string};
  query?: string;
}

interface SearchClient {
  search: (requests: unknown, ...rest: unknown[]) => unknown;
}

/** Wraps DocSearch's client so every query passes `outgoingQuery` first. */
export function privateSearchClient<T extends SearchClient>(client: T): T {
  const clean = (request: SearchRequest): SearchRequest => ({
    ...request,
    ...(request.query !== undefined && {query: outgoingQuery(request.query)}),
    ...(request.params?.query !== undefined && {
      params: {...request.params, query: outgoingQuery(request.params.query)},
    }),
  });
  return {
    ...client,
    search: (requests: unknown, ...rest: unknown[]) => {
      const list = Array.isArray(requests)
        ? requests
        : ((requests as {requests?: SearchRequest[]}).requests ?? []);
      const cleaned = list.map(clean);
      return client.search(
        Array.isArray(requests)
          ? cleaned
          : {...(requests as object), requests: cleaned},
        ...rest,
      );
    },
  };
}
