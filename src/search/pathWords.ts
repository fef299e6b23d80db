/** Path parts that say where a page was, not what it was about. */
const NOISE = new Set(['docs', 'en', 'zh-hans', 'e', 'html', 'htm', 'index']);

/**
 * The words of a missing page's path, for a search: `/docs/scope-definition`
 * gives "scope definition". Bad percent-encoding is kept as typed.
 */
export function pathWords(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // Keep the raw path: it still holds the reader's words.
  }
  return path
    .split(/[/\-_.+~%#?&=,;:\s]+/)
    .filter((word) => word && !NOISE.has(word.toLowerCase()))
    .join(' ')
    .slice(0, 200);
}
