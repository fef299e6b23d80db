import {excerpt} from './excerpt';
import {cleanLine, unescapeJson} from './noise';

export interface NormalizeOptions {
  /** Most characters of the input looked at; the rest is cut. */
  maxChars?: number;
  /** Most words kept after cleaning. */
  maxTerms?: number;
}

export interface Normalized {
  text: string;
  /** Whether part of the input was cut to keep the search fast. */
  trimmed: boolean;
}

const MAX_CHARS = 12_000;
const MAX_TERMS = 1_500;

function capTerms(lines: string[], maxTerms: number) {
  const kept: string[] = [];
  let count = 0;
  for (const line of lines) {
    const words = line.split(' ');
    if (count + words.length > maxTerms) {
      kept.push(words.slice(0, maxTerms - count).join(' '));
      return {lines: kept, trimmed: true};
    }
    kept.push(line);
    count += words.length;
  }
  return {lines: kept, trimmed: false};
}

/**
 * Strips what differs from one run of a command to the next (times, hashes,
 * addresses, paths, stack frames, prompts), so that a pasted log reads like
 * the signature of its problem. Repeated lines are kept once.
 */
export function normalize(
  input: string,
  {maxChars = MAX_CHARS, maxTerms = MAX_TERMS}: NormalizeOptions = {},
): Normalized {
  const cut = excerpt(input, maxChars);

  const lines = new Set<string>();
  for (const line of unescapeJson(cut.text).split(/\r?\n|\r/)) {
    const clean = cleanLine(line);
    if (clean) {
      lines.add(clean);
    }
  }

  const capped = capTerms([...lines], maxTerms);
  return {
    text: capped.lines.join('\n'),
    trimmed: cut.trimmed || capped.trimmed,
  };
}
