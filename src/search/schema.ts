import type {Options} from 'minisearch';
import type {Locale} from '../content/types';
import type {Display} from './records';
import {tokenize} from './tokenize';

/** Bumped whenever a change to the pipeline makes older indexes wrong. */
export const INDEX_VERSION = 2;

/**
 * How the current tokenizer splits a sample: an index built by a different
 * tokenizer would silently match nothing, so loading compares the two.
 */
export function tokenizerStamp(): string {
  return tokenize('卸载后重装失败 cert-manager.io/v1 Terminated pods').join(
    ' ',
  );
}

export const FIELDS = ['title', 'signatures', 'body', 'section'];

/** How the index is built and loaded: the same tokenizer on both sides. */
export const MINISEARCH_OPTIONS: Options = {
  fields: FIELDS,
  tokenize,
  processTerm: (term) => term,
};

export interface IndexedEntry extends Display {
  phrases: string[];
  signatures: string[];
  names: string[];
}

/** The JSON a locale's search index is served as. */
export interface IndexPayload {
  version: number;
  tokenizer: string;
  locale: Locale;
  entries: IndexedEntry[];
  index: unknown;
}
