/** Endings removed from plain English words, longest first. */
const SUFFIXES: Array<[suffix: string, replacement: string, minStem: number]> =
  [
    ['ies', 'y', 3],
    ['sses', 'ss', 2],
    ['ing', '', 4],
    ['ed', '', 4],
    ['es', '', 4],
    ['s', '', 3],
  ];

/** `creat(e)` and `runn(ing)` meet `create` and `run`. */
function tidy(base: string): string {
  if (base.length > 4 && base.endsWith('e')) {
    return base.slice(0, -1);
  }
  return /([^aeiouylsz])\1$/.test(base) ? base.slice(0, -1) : base;
}

/**
 * A light English stemmer: plurals and -ing/-ed, so that `terminated`,
 * `terminating` and `terminate` meet. Words with digits, `ss`, `us` or `is`
 * endings are left alone.
 */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || /(?:ss|us|is)$/.test(word)) {
    return word;
  }
  for (const [suffix, replacement, minStem] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minStem) {
      return tidy(word.slice(0, -suffix.length) + replacement);
    }
  }
  return tidy(word);
}
