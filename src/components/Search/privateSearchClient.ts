import type {LiteClient} from 'algoliasearch/lite';
import {redact} from '../../search/redact';

/** Algolia refuses queries longer than this many characters. */
export const ALGOLIA_QUERY_LIMIT = 512;

/** The text that may leave the browser for a query: redacted, then cut. */
export function outgoingQuery(query: string): string {
  return redact(query).slice(0, ALGOLIA_QUERY_LIMIT);
}

type SearchParams = Parameters<LiteClient['search']>[0];

interface QueryHolder {
  query?: string;
  params?: {query?: string};
}

function cleanRequest<T extends QueryHolder>(request: T): T {
  return {
    ...request,
    ...(typeof request.query === 'string' && {
      query: outgoingQuery(request.query),
    }),
    ...(typeof request.params?.query === 'string' && {
      params: {...request.params, query: outgoingQuery(request.params.query)},
    }),
  };
}

function cleanParams(params: SearchParams): SearchParams {
  if (Array.isArray(params)) {
    return params.map((request) =>
      cleanRequest(request as QueryHolder),
    ) as SearchParams;
  }
  return {
    ...params,
    requests: params.requests.map((request) =>
      cleanRequest(request as QueryHolder),
    ),
  } as SearchParams;
}

/** Wraps DocSearch's client so every query passes `outgoingQuery` first. */
export function privateSearchClient(client: LiteClient): LiteClient {
  return {
    ...client,
    search: (params, options) => client.search(cleanParams(params), options),
  };
}
