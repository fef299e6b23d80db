import {describe, expect, it} from 'vitest';
import {tokenize} from '../../../src/search/tokenize';

describe('tokenize', () => {
  it('keeps a hyphenated compound whole and adds its parts', () => {
    expect(tokenize('cert-manager')).toEqual([
      'cert-manager',
      'cert',
      'manager',
    ]);
  });

  it('splits dotted and slashed names into their segments and parts', () => {
    const terms = tokenize('meta.helm.sh/release-name');
    expect(terms).toEqual(
      expect.arrayContaining([
        'meta.helm.sh/release-name',
        'meta.helm.sh',
        'release-name',
        'meta',
        'helm',
      ]),
    );
    expect(tokenize('healthscopes.core.oam.dev')).toContain(
      'healthscopes.core.oam.dev',
    );
  });

  it('keeps a version whole and drops its bare numbers', () => {
    expect(tokenize('v0.2.2')).toEqual(['v0.2.2', 'v0']);
  });

  it('lower-cases and drops the stopwords of both languages', () => {
    expect(tokenize('What is THE Helm')).toEqual(['helm']);
    expect(tokenize('什么 如何 Helm')).toEqual(['helm']);
  });

  it('drops stopwords that stemming would otherwise disguise', () => {
    expect(tokenize('Does it run there?')).toEqual(['run']);
  });

  it('lets the inflections of an English word meet', () => {
    const [terminated] = tokenize('terminated');
    expect(tokenize('terminating')).toEqual([terminated]);
    expect(tokenize('resources')).toEqual(tokenize('resource'));
  });

  it('turns Chinese into words and character pairs', () => {
    const terms = tokenize('命名空间正在终止');
    expect(terms).toEqual(
      expect.arrayContaining(['命名', '空间', '正在', '终止', '间正']),
    );
  });

  it('finds the same pairs however a Chinese query is segmented', () => {
    expect(tokenize('镜像拉取失败')).toEqual(
      expect.arrayContaining(tokenize('拉取')),
    );
  });

  it('separates Chinese from the Latin words it touches', () => {
    expect(tokenize('vela-core的pod一直不ready')).toEqual(
      expect.arrayContaining([
        'vela-core',
        'vela',
        'core',
        'pod',
        'ready',
        '一直',
      ]),
    );
  });

  it('returns nothing for punctuation and numbers alone', () => {
    expect(tokenize('... 42 ！？')).toEqual([]);
  });
});
