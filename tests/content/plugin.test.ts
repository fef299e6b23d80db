import {mkdtemp, mkdir, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import faqPlugin from '../../src/plugins/faq';
import {FAQ_FILES} from '../../src/plugins/faq/load';
import {CARD, extract, page} from './fixtures';

async function siteWith(zh: string, en: string): Promise<string> {
  const siteDir = await mkdtemp(path.join(tmpdir(), 'faq-site-'));
  for (const [file, text] of [
    [FAQ_FILES['zh-Hans'], zh],
    [FAQ_FILES.en, en],
  ]) {
    await mkdir(path.dirname(path.join(siteDir, file)), {recursive: true});
    await writeFile(path.join(siteDir, file), text);
  }
  return siteDir;
}

function load(siteDir: string) {
  const context = {
    siteDir,
    i18n: {currentLocale: 'zh-Hans', defaultLocale: 'zh-Hans'},
  } as LoadContext;
  return faqPlugin(context).loadContent!();
}

describe('the build plugin', () => {
  it('stops the build naming file and entry when a card lacks its cause', async () => {
    const body = CARD.replace(/<Cause>[\s\S]*?<\/Cause>/, '');
    const zh = page([{id: 'boom', body}]);
    const [source] = await extract(zh);
    const en = page([{id: 'boom', body, translates: source.hash}]);
    await expect(load(await siteWith(zh, en))).rejects.toThrow(
      'docs/faq.mdx: entry "boom": its card has the parts [Output, Fix]. A card holds exactly <Output>, <Cause> and <Fix>, in that order',
    );
  });

  it('stops the build when an entry exists in one locale only', async () => {
    const zh = page([{id: 'a'}, {id: 'b'}]);
    const [a] = await extract(zh);
    const en = page([{id: 'a', translates: a.hash}]);
    await expect(load(await siteWith(zh, en))).rejects.toThrow(
      `${FAQ_FILES.en}: entry "b": it exists in docs/faq.mdx only`,
    );
  });

  it('indexes well-formed pages', async () => {
    const zh = page([{id: 'boom', title: 'Error: boom', body: CARD}]);
    const [source] = await extract(zh);
    const en = page([{id: 'boom', body: CARD, translates: source.hash}]);
    const content = await load(await siteWith(zh, en));
    expect(content.entries['zh-Hans'].map((e) => e.id)).toEqual(['boom']);
    expect(JSON.parse(content.index).entries).toHaveLength(1);
  });
});
