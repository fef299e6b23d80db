import type {Entry, Locale} from '../content/types';
import {identifyingNames} from './names';
import {indexedCode} from './code';

export type EntriesByLocale = Record<Locale, Entry[]>;

/** What a search result shows, in the display locale. */
export interface Display {
  id: string;
  title: string;
  summary: string;
  section: string;
}

/** One entry as the index sees it: the text of every locale, shown in one. */
export interface SearchRecord {
  id: string;
  title: string;
  signatures: string;
  body: string;
  section: string;
  /** Titles and aliases: how a reader may ask for the entry. */
  phrases: string[];
  /** Error lines that identify the problem, in every locale. */
  signatureLines: string[];
  /** Names in the signatures that a query may confirm or contradict. */
  names: string[];
  display: Display;
}

function unique(items: string[]): string[] {
  return [...new Set(items.map((item) => item.trim()).filter(Boolean))];
}

function toRecord(shown: Entry, all: Entry[], code: string[]): SearchRecord {
  const signatures = unique(all.flatMap((entry) => entry.signatures));
  const aliases = unique(all.flatMap((entry) => entry.aliases));
  const titles = unique(all.map((entry) => entry.title));
  return {
    id: shown.id,
    title: titles.join('\n'),
    signatures: [...signatures, ...aliases].join('\n'),
    body: [...all.map((entry) => entry.text), ...code].join('\n'),
    section: unique(all.map((entry) => entry.section.title)).join('\n'),
    phrases: unique([...titles, ...aliases]),
    signatureLines: signatures,
    names: [],
    display: {
      id: shown.id,
      title: shown.title,
      summary: shown.summary,
      section: shown.section.title,
    },
  };
}

function nameSource(byId: Map<string, Entry[]>) {
  return (record: SearchRecord) => {
    const all = byId.get(record.id)!;
    const summaries = all.map((entry) => entry.summary);
    return {
      about: [record.id, ...record.phrases, ...summaries].join('\n'),
      text: [record.title, record.signatures, record.body].join('\n'),
      signatures: record.signatureLines,
    };
  };
}

/**
 * One record per entry of the display locale. Each record also holds the
 * other locale's text for the same id, so that an English error finds the
 * Chinese entry and a Chinese question finds the English one.
 */
export function searchRecords(
  entries: EntriesByLocale,
  locale: Locale,
): SearchRecord[] {
  const byId = new Map<string, Entry[]>();
  for (const entry of [...entries['zh-Hans'], ...entries.en]) {
    byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
  }
  const code = indexedCode(byId);
  const records = entries[locale].map((entry) =>
    toRecord(entry, byId.get(entry.id)!, code.get(entry.id)!),
  );
  const names = identifyingNames(records.map(nameSource(byId)));
  return records.map((record, i) => ({...record, names: names[i]}));
}
