/** Longest query kept in a URL: longer pastes are cleaned and cut first. */
export const MAX_URL_QUERY = 4000;

export interface UrlQuery {
  q: string;
  trimmed: boolean;
}

/** The query and its "was trimmed" flag, as the search page reads them. */
export function readUrlQuery(search: string): UrlQuery {
  const params = new URLSearchParams(search);
  return {q: params.get('q') ?? '', trimmed: params.get('trimmed') === '1'};
}

/** The search page's query string for a pasted text, kept short enough. */
export async function toUrlQuery(text: string): Promise<string> {
  let q = text.trim();
  let trimmed = false;
  if (q.length > MAX_URL_QUERY) {
    const [{normalize}, {excerpt}] = await Promise.all([
      import('../../search/normalize'),
      import('../../search/excerpt'),
    ]);
    // Keep the command, the error lines and the end, where the error is.
    const cleaned = excerpt(normalize(q).text, MAX_URL_QUERY).text.trim();
    q = cleaned || q.slice(0, MAX_URL_QUERY);
    trimmed = true;
  }
  const params = new URLSearchParams({q});
  if (trimmed) {
    params.set('trimmed', '1');
  }
  return `?${params.toString()}`;
}
