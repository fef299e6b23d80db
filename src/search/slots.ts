/**
 * A name in a signature, such as `"cert-manager-cainjector" is forbidden`,
 * with the words around it that tell where the same slot is in a query.
 */
export interface Slot {
  value: string;
  pattern: RegExp;
}

/** What a query says about an entry's names: same, different or nothing. */
export type SlotVerdict = 'confirmed' | 'contradicted' | 'silent';

const QUOTE = `["“”'\`]`;
const QUOTED = /["“”]([^"“”\n]*)["“”]/g;
const IDENTIFIER = /(?<![\w"./-])[a-z0-9]+(?:[-.][a-z0-9]+)+(?![\w"./-])/gi;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Up to `count` words of context, stopping at a quote or a line end. */
function wordsAfter(text: string, count: number): string[] {
  const stop = text.search(/["“”\n]/);
  const words = (stop < 0 ? text : text.slice(0, stop)).trim().split(/\s+/);
  return words.filter(Boolean).slice(0, count);
}

function wordsBefore(text: string, count: number): string[] {
  const start = Math.max(text.lastIndexOf('"'), text.lastIndexOf('\n')) + 1;
  return text.slice(start).trim().split(/\s+/).filter(Boolean).slice(-count);
}

function context(words: string[]): string {
  return words.map(escape).join('\\s+');
}

function quotedSlot(signature: string, match: RegExpMatchArray): Slot | null {
  const end = match.index! + match[0].length;
  const after = wordsAfter(signature.slice(end), 3);
  const before = wordsBefore(signature.slice(0, match.index), 3);
  const value = `${QUOTE}([^"“”'\`\\n]+)${QUOTE}`;
  if (after.length >= 2) {
    return {
      value: match[1],
      pattern: new RegExp(`${value}\\s*${context(after)}`, 'gi'),
    };
  }
  if (before.length >= 2) {
    const pattern = new RegExp(`${context(before)}\\s+${value}`, 'gi');
    return {value: match[1], pattern};
  }
  return null;
}

function bareSlot(signature: string, match: RegExpMatchArray): Slot | null {
  const end = match.index! + match[0].length;
  const after = wordsAfter(signature.slice(end), 2);
  const before = wordsBefore(signature.slice(0, match.index), 1);
  if (after.length < 2 || before.length < 1) {
    return null;
  }
  const pattern = `${context(before)}\\s+([\\w.-]+)\\s+${context(after)}`;
  return {value: match[0], pattern: new RegExp(pattern, 'gi')};
}

/** The names a signature holds, quoted or not, with enough context. */
export function signatureSlots(signature: string): Slot[] {
  const quoted = [...signature.matchAll(QUOTED)]
    .filter((match) => match[1].trim())
    .map((match) => quotedSlot(signature, match));
  const unquoted = signature.replace(QUOTED, (text) => ' '.repeat(text.length));
  const bare = [...unquoted.matchAll(IDENTIFIER)].map((match) =>
    bareSlot(signature, match),
  );
  return [...quoted, ...bare].filter((slot): slot is Slot => slot !== null);
}

/**
 * Compares the names a query gives in an entry's slots with the entry's own:
 * one name that matches confirms the entry; otherwise one that differs
 * contradicts it (another resource with the same kind of error).
 */
export function checkSlots(slots: Slot[], query: string): SlotVerdict {
  let verdict: SlotVerdict = 'silent';
  for (const {value, pattern} of slots) {
    for (const match of query.matchAll(pattern)) {
      const found = match[1].trim().toLowerCase();
      if (found === value.toLowerCase()) {
        return 'confirmed';
      }
      verdict = found ? 'contradicted' : verdict;
    }
  }
  return verdict;
}
