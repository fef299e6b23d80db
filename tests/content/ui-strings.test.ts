import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

async function sourceFiles(dir: string): Promise<string[]> {
  const items = await readdir(dir, {withFileTypes: true, recursive: true});
  return items
    .filter((item) => item.isFile() && /\.tsx?$/.test(item.name))
    .map((item) => path.join(item.parentPath, item.name));
}

async function translationIds(): Promise<string[]> {
  const ids = new Set<string>();
  for (const file of await sourceFiles('src')) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(
      /\bid[=:]\s*['"]([a-z]+(?:\.[a-zA-Z]+)+)['"]/g,
    )) {
      ids.add(match[1]);
    }
  }
  return [...ids];
}

const readJson = async (file: string) =>
  JSON.parse(await readFile(file, 'utf8')) as Record<string, {message: string}>;

describe('UI strings', async () => {
  const ids = await translationIds();
  const zh = await readJson('i18n/zh-Hans/code.json');
  const en = await readJson('i18n/en/code.json');

  it('are found in the source', () => {
    expect(ids.length).toBeGreaterThan(10);
  });

  it('exist in English for every id the code uses', () => {
    expect(ids.filter((id) => !en[id]?.message)).toEqual([]);
  });

  it('exist in Chinese, translated, for every id the code uses', () => {
    const untranslated = ids.filter(
      (id) => !/[\u4e00-\u9fff]/.test(zh[id]?.message ?? ''),
    );
    expect(untranslated).toEqual([]);
  });
});
