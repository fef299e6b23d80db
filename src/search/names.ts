import {signatureSlots} from './slots';

export interface NameSource {
  /** What the entry says it is about: id, titles, summaries, aliases. */
  about: string;
  /** All the text the entry is indexed with. */
  text: string;
  signatures: string[];
}

/**
 * The names in each entry's signatures that identify its problem: those the
 * entry is about, or that no other entry mentions. A name every Helm error
 * holds (`meta.helm.sh/release-name`) identifies nothing, so a query may
 * differ from it without contradicting the entry.
 */
export function identifyingNames(sources: NameSource[]): string[][] {
  const texts = sources.map((source) => source.text.toLowerCase());
  return sources.map((source, i) => {
    const about = source.about.toLowerCase();
    const values = source.signatures.flatMap((signature) =>
      signatureSlots(signature).map((slot) => slot.value.toLowerCase()),
    );
    const named = values.filter(
      (value) =>
        about.includes(value) ||
        texts.every((text, j) => j === i || !text.includes(value)),
    );
    return [...new Set(named)];
  });
}
