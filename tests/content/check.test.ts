import {describe, expect, it} from 'vitest';
import {checkContent, translationState} from '../../src/content/check';
import {CARD, extract, page} from './fixtures';

async function pair(
  zh: Parameters<typeof page>[0],
  en: (hashes: Record<string, string>) => Parameters<typeof page>[0],
) {
  const source = await extract(page(zh));
  const hashes = Object.fromEntries(source.map((e) => [e.id, e.hash]));
  const translation = await extract(page(en(hashes)), 'en');
  return {source, translation};
}

describe('checkContent', () => {
  it('accepts a translation that matches its source', async () => {
    const {source, translation} = await pair([{id: 'a', body: CARD}], (h) => [
      {id: 'a', body: CARD, translates: h.a},
    ]);
    expect(() => checkContent(source, translation)).not.toThrow();
  });

  it('names the entry that exists in one locale only', async () => {
    const {source, translation} = await pair([{id: 'a'}, {id: 'b'}], (h) => [
      {id: 'a', translates: h.a},
    ]);
    expect(() => checkContent(source, translation)).toThrow(
      /en\/faq\.mdx: entry "b": it exists in zh\/faq\.mdx only/,
    );
  });

  it('names the translated entry that has no source', async () => {
    const {source, translation} = await pair([{id: 'a'}], (h) => [
      {id: 'a', translates: h.a},
      {id: 'z'},
    ]);
    expect(() => checkContent(source, translation)).toThrow(
      /en\/faq\.mdx: entry "z": it has no source entry/,
    );
  });

  it('names entries in a different order', async () => {
    const {source, translation} = await pair([{id: 'a'}, {id: 'b'}], (h) => [
      {id: 'b', translates: h.b},
      {id: 'a', translates: h.a},
    ]);
    expect(() => checkContent(source, translation)).toThrow(
      /entry "a": it is entry 2 here but 1/,
    );
  });

  it('names a card that lacks its fix', async () => {
    const body = CARD.replace(/<Fix>[\s\S]*<\/Fix>/, '');
    const {source, translation} = await pair([{id: 'a', body}], (h) => [
      {id: 'a', body, translates: h.a},
    ]);
    expect(() => checkContent(source, translation)).toThrow(
      /zh\/faq\.mdx: entry "a": its card has the parts \[Output, Cause\]/,
    );
  });

  it('names a code block that differs between locales', async () => {
    const {source, translation} = await pair([{id: 'a', body: CARD}], (h) => [
      {
        id: 'a',
        body: CARD.replace('vela install', 'vela uninstall'),
        translates: h.a,
      },
    ]);
    expect(() => checkContent(source, translation)).toThrow(
      /entry "a": its code block 2 differs from the source/,
    );
  });
});

describe('translation drift', () => {
  it('fails naming the entry when the source changed after translation', async () => {
    const old = await extract(page([{id: 'a', body: 'Old text.'}]));
    const source = await extract(page([{id: 'a', body: 'New text.'}]));
    const translation = await extract(
      page([{id: 'a', translates: old[0].hash}]),
      'en',
    );
    expect(translationState(source[0], translation[0])).toBe('drifted');
    expect(() => checkContent(source, translation)).toThrow(
      new RegExp(
        `en/faq\\.mdx: entry "a": it translates revision ${old[0].hash} of the source, which is now ${source[0].hash}`,
      ),
    );
  });

  it('passes once the translation records the new revision', async () => {
    const source = await extract(page([{id: 'a', body: 'New text.'}]));
    const translation = await extract(
      page([{id: 'a', translates: source[0].hash}]),
      'en',
    );
    expect(translationState(source[0], translation[0])).toBe('current');
    expect(() => checkContent(source, translation)).not.toThrow();
  });

  it('passes when the stale translation is marked outdated', async () => {
    const source = await extract(page([{id: 'a', body: 'New text.'}]));
    const translation = await extract(
      page([{id: 'a', translates: '000000000000', outdated: true}]),
      'en',
    );
    expect(translationState(source[0], translation[0])).toBe('outdated');
    expect(() => checkContent(source, translation)).not.toThrow();
  });
});
