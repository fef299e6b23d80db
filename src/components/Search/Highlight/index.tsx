import type {ReactNode} from 'react';

interface Props {
  text: string;
  terms: string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Marks every occurrence of the matched terms, longest first. */
export default function Highlight({text, terms}: Props): ReactNode {
  const words = [...new Set(terms.filter((term) => term.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0) {
    return text;
  }
  const pattern = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi');
  return text
    .split(pattern)
    .map((part, index) =>
      index % 2 === 1 ? <mark key={index}>{part}</mark> : part,
    );
}
