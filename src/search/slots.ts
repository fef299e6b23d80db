/**
 * A name in a signature, such as `"cert-manager-cainjector" is forbidden`,
 * with the words around it that tell where the same slot is in a query.
 */
export interface Slot {
  value: string;
  pattern: RegExp;
  /** Whether the context is strict enough for a match to confirm the entry. */
  strict: boolean;
}

/** What a query says about an entry's names: same, different or nothing. */
export type SlotVerdict = 'confirmed' | 'contradicted' | 'silent';

const QUOTE = `["“”'\`]`;
const QUOTED = /["“”]([^"“”\n]*)["“”]/g;
const NAME = '[a-z0-9]+(?:[-.][a-z0-9]+)+';
const IDENTIFIER = new RegExp(`(?<![\\w"./-])${NAME}(?![\\w"./-])`, 'gi');

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
  let pattern: string;
  if (after.length >= 2) {
    pattern = `${value}\\s*${context(after)}`;
  } else if (before.length >= 2) {
    pattern = `${context(before)}\\s+${value}`;
  } else {
    return null;
  }
  return {value: match[1], pattern: new RegExp(pattern, 'gi'), strict: true};
}

/**
 * An unquoted name such as `namespace cert-manager`: the word before it says
 * what it names. Only a query name shaped the same (with `-` or `.`) fills
 * the slot, so `namespace being terminated` says nothing about it. One word
 * of context is loose (`Namespace cert-manager exists` fills it too), so a
 * match only keeps the entry from being contradicted.
 */
function bareSlot(signature: string, match: RegExpMatchArray): Slot | null {
  const [before] = wordsBefore(signature.slice(0, match.index), 1);
  if (!before || !/^[a-z]+$/i.test(before)) {
    return null;
  }
  const pattern = `\\b${escape(before)}\\s+(${NAME})(?![\\w-]|\\.\\w)`;
  return {value: match[0], pattern: new RegExp(pattern, 'gi'), strict: false};
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
 * one that matches in a strict slot confirms the entry; one that differs,
 * with none the same, contradicts it (another resource, same kind of error).
 */
export function checkSlots(slots: Slot[], query: string): SlotVerdict {
  let same = false;
  let different = false;
  for (const {value, pattern, strict} of slots) {
    for (const match of query.matchAll(pattern)) {
      const found = match[1].trim().toLowerCase();
      if (found === value.toLowerCase()) {
        if (strict) {
          return 'confirmed';
        }
        same = true;
      } else if (found) {
        different = true;
      }
    }
  }
  return different && !same ? 'contradicted' : 'silent';
}
