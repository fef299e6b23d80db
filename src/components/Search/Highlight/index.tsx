import type {ReactNode} from 'react';

interface Props {
  text: string;
  terms: string[];
}

const HAN = /\p{Script=Han}/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A term marks the whole word it starts (the index stems "exists" to
 * "exist"); Chinese terms mark where they occur, as Chinese has no spaces.
 */
function termPattern(term: string): string {
  const escaped = escapeRegExp(term);
  return HAN.test(term)
    ? escaped
    : `(?<![\\p{L}\\p{N}])${escaped}[\\p{L}\\p{N}]*`;
}

/** Marks every occurrence of the matched terms, longest first. */
export default function Highlight({text, terms}: Props): ReactNode {
  const words = [...new Set(terms.filter((term) => term.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0) {
    return text;
  }
  const pattern = new RegExp(`(${words.map(termPattern).join('|')})`, 'giu');
  return text
    .split(pattern)
    .map((part, index) =>
      index % 2 === 1 ? <mark key={index}>{part}</mark> : part,
    );
}
