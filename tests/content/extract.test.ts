import {describe, expect, it} from 'vitest';
import {CARD, extract, page} from './fixtures';

describe('extractEntries', () => {
  it('reads id, section, title, summary, card and code of each entry', async () => {
    const [entry] = await extract(
      page([{id: 'boom', title: 'Error: boom', body: CARD, summary: 'Retry.'}]),
    );
    expect(entry).toMatchObject({
      id: 'boom',
      title: 'Error: boom',
      summary: 'Retry.',
      section: {id: 'section', title: 'Section'},
      signatures: ['Error: boom'],
      card: {signature: 'Error: boom', parts: ['Output', 'Cause', 'Fix']},
      code: ['boom', 'vela install'],
    });
    expect(entry.text).toContain('Something broke.');
  });

  it('changes the hash when the entry text changes', async () => {
    const [before] = await extract(page([{id: 'a', body: 'One.'}]));
    const [after] = await extract(page([{id: 'a', body: 'Two.'}]));
    expect(before.hash).not.toBe(after.hash);
  });

  it('names file and heading when a heading has no explicit id', async () => {
    const source = page([{id: 'a'}]).replace(' {#a}', '');
    await expect(extract(source)).rejects.toThrow(
      /zh\/faq\.mdx: entry "A question": its heading has no explicit id/,
    );
  });

  it('rejects a malformed id, naming it', async () => {
    await expect(extract(page([{id: 'Bad_Id'}]))).rejects.toThrow(
      /zh\/faq\.mdx: entry "Bad_Id": its id is malformed/,
    );
  });

  it('rejects an id used twice', async () => {
    const source = page([{id: 'a'}]) + '\n### Again {#a}\n\nText.\n';
    await expect(extract(source)).rejects.toThrow(
      /entry "a": its id is used twice/,
    );
  });

  it('rejects an entry without a summary', async () => {
    await expect(extract(page([{id: 'a', summary: ''}]))).rejects.toThrow(
      /entry "a": it has no summary\. Add entries\.a\.summary/,
    );
  });

  it('rejects a card without a signature', async () => {
    const body = CARD.replace(' signature="Error: boom"', '');
    await expect(extract(page([{id: 'a', body}]))).rejects.toThrow(
      /entry "a": its TroubleshootingCard has no signature/,
    );
  });

  it('reads the translation revision and the outdated mark', async () => {
    const [entry] = await extract(
      page([{id: 'a', translates: 'abc123', outdated: true}]),
      'en',
    );
    expect(entry.translation).toEqual({source: 'abc123', outdated: true});
  });
});
