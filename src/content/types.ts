export type Locale = 'zh-Hans' | 'en';

export const LOCALES: readonly Locale[] = ['zh-Hans', 'en'];

/** The parts of a troubleshooting card, in the order a reader meets them. */
export const CARD_PARTS = ['Output', 'Cause', 'Fix'] as const;

export interface Card {
  signature: string;
  appliesTo?: string;
  parts: string[];
}

/** What an English entry says about the Chinese entry it translates. */
export interface Translation {
  source?: string;
  outdated: boolean;
}

/** One question and its answer in one locale, as the MDX page states it. */
export interface Entry {
  id: string;
  locale: Locale;
  file: string;
  line: number;
  section: {id: string; title: string};
  title: string;
  summary: string;
  signatures: string[];
  aliases: string[];
  text: string;
  code: string[];
  card?: Card;
  /** Content hash of the entry's source text: what a translation points at. */
  hash: string;
  translation?: Translation;
}
