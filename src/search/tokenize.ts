import {stem} from './stem';
import {STOPWORDS} from './stopwords';

/** A run of Chinese characters, or a Latin word with its `-._/` joints. */
const WORD =
  /\p{Script=Han}+|[\p{Script=Latin}\p{Nd}]+(?:[-._/][\p{Script=Latin}\p{Nd}]+)*/gu;

const HAN = /^\p{Script=Han}/u;

let segmenter: Intl.Segmenter | null | undefined;

/** The word segmenter, or null where the runtime has none. */
function chineseSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl === 'object' && 'Segmenter' in Intl
        ? new Intl.Segmenter('zh', {granularity: 'word'})
        : null;
  }
  return segmenter;
}

function keep(term: string): boolean {
  return term.length > 1 && !/^\d+$/.test(term) && !STOPWORDS.has(term);
}

/** Words the segmenter finds, and every pair of neighbouring characters. */
function chineseTerms(run: string, out: string[]): void {
  for (const {segment, isWordLike} of chineseSegmenter()?.segment(run) ?? []) {
    if (isWordLike && segment.length > 2) {
      out.push(segment);
    }
  }
  for (let i = 0; i + 1 < run.length; i++) {
    out.push(run.slice(i, i + 2));
  }
}

/**
 * `meta.helm.sh/release-name`, then `meta.helm.sh`, `release-name`, `meta`…
 * Stopwords go before stemming, which would hide them (`does`, `doe`).
 */
function latinTerms(word: string, out: string[]): void {
  const segments = word.split('/');
  const atoms = word.split(/[-._/]/);
  if (atoms.length > 1) {
    out.push(word);
  }
  if (segments.length > 1) {
    out.push(...segments.filter((segment) => /[-._]/.test(segment)));
  }
  out.push(...atoms.filter((atom) => !STOPWORDS.has(atom)).map(stem));
}

/**
 * Splits text into lower-case search terms. A compound such as `cert-manager`
 * is kept whole and also split into its parts; Chinese becomes its words and
 * character pairs, so that either matches a query that is segmented
 * differently.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  const words = text.toLowerCase().replace(/['’](?:s|t|re|ve|ll|d|m)\b/g, '');
  for (const [word] of words.matchAll(WORD)) {
    if (HAN.test(word)) {
      chineseTerms(word, terms);
    } else {
      latinTerms(word, terms);
    }
  }
  return terms.filter(keep);
}
