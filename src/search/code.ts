import type {Entry} from '../content/types';
import {normalize} from './normalize';

/** Code blocks are the same in every locale; a log line is indexed once. */
function codeLines(entries: Entry[]): string[] {
  const blocks = new Set(entries.flatMap((entry) => entry.code));
  const lines = [...blocks].flatMap((block) =>
    normalize(block, {maxChars: Infinity, maxTerms: Infinity}).text.split('\n'),
  );
  return [...new Set(lines)].filter(Boolean);
}

/**
 * The cleaned log and command lines of each entry id, without the lines
 * several entries show (a success table after a fix): those tell none apart.
 */
export function indexedCode(byId: Map<string, Entry[]>): Map<string, string[]> {
  const lines = new Map<string, string[]>();
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const [id, entries] of byId) {
    lines.set(id, codeLines(entries));
    for (const line of lines.get(id)!) {
      (seen.has(line) ? shared : seen).add(line);
    }
  }
  for (const [id, kept] of lines) {
    lines.set(
      id,
      kept.filter((line) => !shared.has(line)),
    );
  }
  return lines;
}
