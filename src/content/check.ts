import {ContentError} from './errors';
import {CARD_PARTS, type Entry} from './types';

export type TranslationState = 'current' | 'outdated' | 'drifted' | 'missing';

/** Whether an English entry still translates today's Chinese entry. */
export function translationState(
  source: Entry,
  translation: Entry | undefined,
): TranslationState {
  if (!translation) {
    return 'missing';
  }
  if (translation.translation?.source === source.hash) {
    return 'current';
  }
  return translation.translation?.outdated ? 'outdated' : 'drifted';
}

function checkCard(entry: Entry): void {
  const parts = entry.card?.parts.join(', ');
  if (entry.card && parts !== CARD_PARTS.join(', ')) {
    throw new ContentError(
      entry.file,
      entry.id,
      `its card has the parts [${parts}]`,
      `A card holds exactly <Output>, <Cause> and <Fix>, in that order`,
    );
  }
}

function checkPair(source: Entry, translation: Entry): void {
  const fail = (problem: string, fix: string): never => {
    throw new ContentError(translation.file, translation.id, problem, fix);
  };
  if (source.section.id !== translation.section.id) {
    fail(
      `it is in section "${translation.section.id}", the source in "${source.section.id}"`,
      `Move it under the section with id ${source.section.id}`,
    );
  }
  if (Boolean(source.card) !== Boolean(translation.card)) {
    fail(
      'it is a card in one locale only',
      `Render it the same way as in ${source.file}`,
    );
  }
  if (source.card?.signature !== translation.card?.signature) {
    fail(
      'its card signature differs from the source',
      `Copy the signature from ${source.file} unchanged: errors are not translated`,
    );
  }
  const index = source.code.findIndex(
    (code, i) => code !== translation.code[i],
  );
  if (index >= 0 || source.code.length !== translation.code.length) {
    fail(
      `its code block ${index >= 0 ? index + 1 : source.code.length + 1} differs from the source`,
      `Copy code blocks from ${source.file} byte for byte`,
    );
  }
  if (translationState(source, translation) === 'drifted') {
    fail(
      `it translates revision ${translation.translation?.source ?? '(none)'} of the source, which is now ${source.hash}`,
      `Update the translation and set translates: ${source.hash}, or mark it outdated: true`,
    );
  }
}

/**
 * Checks that the translation matches its source entry for entry: same ids in
 * the same order, same code and signatures, and a translation that is current
 * or marked outdated. The first problem throws, naming file and entry.
 */
export function checkContent(source: Entry[], translation: Entry[]): void {
  [...source, ...translation].forEach(checkCard);

  const translated = new Map(translation.map((entry) => [entry.id, entry]));
  const sourceIds = new Set(source.map((entry) => entry.id));
  const extra = translation.find((entry) => !sourceIds.has(entry.id));
  if (extra) {
    throw new ContentError(
      extra.file,
      extra.id,
      'it has no source entry',
      `Add it to ${source[0]?.file ?? 'the source page'} first, or remove it`,
    );
  }
  source.forEach((entry, index) => {
    const match = translated.get(entry.id);
    if (!match) {
      throw new ContentError(
        translation[0]?.file ?? 'the translation page',
        entry.id,
        `it exists in ${entry.file} only`,
        'Translate it, with the same heading id',
      );
    }
    if (translation[index]?.id !== entry.id) {
      throw new ContentError(
        match.file,
        entry.id,
        `it is entry ${translation.indexOf(match) + 1} here but ${index + 1} in ${entry.file}`,
        'Keep entries in the same order in every locale',
      );
    }
    checkPair(entry, match);
  });
}
