import {describe, expect, it} from 'vitest';
import {checkContent} from '../../src/content/check';
import {loadEntries} from '../../src/plugins/faq/load';
import {ENTRY_IDS as IDS} from '../entryIds';

describe('the FAQ pages', async () => {
  const entries = await loadEntries(process.cwd());

  it('hold the nine public entry ids, in order, in both locales', () => {
    expect(entries['zh-Hans'].map((e) => e.id)).toEqual(IDS);
    expect(entries.en.map((e) => e.id)).toEqual(IDS);
  });

  it('pass the content check (parity, cards, current translations)', () => {
    expect(() => checkContent(entries['zh-Hans'], entries.en)).not.toThrow();
  });

  it('keep code blocks identical across locales', () => {
    entries['zh-Hans'].forEach((entry, index) => {
      expect(entries.en[index].code, entry.id).toEqual(entry.code);
    });
  });

  it('render the five install and runtime errors as full cards', () => {
    const cards = entries['zh-Hans'].filter((entry) => entry.card);
    expect(cards.map((entry) => entry.id)).toEqual(IDS.slice(3, 8));
    cards.forEach((entry) =>
      expect(entry.card?.parts, entry.id).toEqual(['Output', 'Cause', 'Fix']),
    );
  });

  it('fix the typos of the source in both locales', () => {
    for (const entry of [...entries['zh-Hans'], ...entries.en]) {
      const text = `${entry.title} ${entry.text} ${entry.summary}`;
      expect(text, entry.id).not.toMatch(
        /KubeVale|KubeVele|Kubernete\b|Worflow|Kubevela/,
      );
    }
  });
});
