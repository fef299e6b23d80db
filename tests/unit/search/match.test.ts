import {describe, expect, it} from 'vitest';
import {buildIndex} from '../../../src/search/build';
import {loadIndex, search} from '../../../src/search/match';
import {FAQ} from './fixtures';

const zh = loadIndex(buildIndex(FAQ, 'zh-Hans'));
const en = loadIndex(buildIndex(FAQ, 'en'));

const CONFLICT_PASTE = `user@laptop:~/charts$ vela install
2024-05-01T08:15:30.123Z installing chart
Error: rendered manifests contain a resource that already exists. Unable to continue with install: Secret "demo-tls" in namespace "" exists and cannot be imported into the current release: invalid ownership metadata
helm.sh/helm/v3/pkg/action.(*Install).Run
	/home/runner/go/pkg/mod/helm.sh/helm/v3@v3.2.4/pkg/action/install.go:274
runtime.goexit`;

describe('search', () => {
  it('finds the entry of a clean error line, confidently', () => {
    const response = search(
      en,
      'x509: certificate has expired or is not yet valid',
    );
    expect(response.results[0].id).toBe('certificate-expired');
    expect(response.confident).toBe(true);
  });

  it('finds the entry of a pasted log despite prompts, times and frames', () => {
    const response = search(en, CONFLICT_PASTE);
    expect(response.results[0].id).toBe('secret-conflict');
    expect(response.confident).toBe(true);
  });

  it('answers a Chinese question on the Chinese site', () => {
    const response = search(zh, '开放应用模型是什么意思？');
    expect(response.results[0]).toMatchObject({
      id: 'what-is-oam',
      title: 'OAM 是什么？和 KubeVela 有什么关系？',
      section: '概念',
    });
    expect(response.confident).toBe(true);
  });

  it('answers an English question on the English site', () => {
    const response = search(en, 'what is the open application model?');
    expect(response.results[0].id).toBe('what-is-oam');
    expect(response.confident).toBe(true);
  });

  it('finds the Chinese entry for an English error on the Chinese site', () => {
    const response = search(zh, CONFLICT_PASTE);
    expect(response.results[0]).toMatchObject({
      id: 'secret-conflict',
      title: '报错：Secret demo-tls 已存在',
    });
  });

  it('finds the English entry for a Chinese question on the English site', () => {
    const [first] = search(en, '卸载后马上重装失败怎么办').results;
    expect(first).toMatchObject({
      id: 'namespace-terminating',
      title: 'Error: namespace demo-system is being terminated',
    });
  });

  it('is not confident about an error no entry describes', () => {
    const response = search(
      en,
      'Error: Get "https://10.0.0.1:6443/api": dial tcp: connection refused',
    );
    expect(response.confident).toBe(false);
  });

  it('is not confident when the query names another resource in the slot', () => {
    const response = search(
      en,
      'Error: failed to create resource: secrets "db-password" is forbidden: ' +
        'unable to create new content in namespace other-ns because it is being terminated',
    );
    expect(response.results[0].id).toBe('namespace-terminating');
    expect(response.confident).toBe(false);
  });

  it('ranks an entry whose name the query gives above one it contradicts', () => {
    const response = search(
      en,
      'Secret "demo-tls" in namespace "" exists and cannot be imported',
    );
    expect(response.results[0].id).toBe('secret-conflict');
  });

  it('lists the entry terms each result matched, for highlighting', () => {
    const [first] = search(en, 'certificate expired').results;
    expect(first.terms).toEqual(expect.arrayContaining(['certificat']));
  });

  it('returns at most the number of results asked for', () => {
    expect(
      search(en, 'namespace secret certificate', {limit: 1}).results,
    ).toHaveLength(1);
  });

  it('returns nothing for a query without words', () => {
    expect(search(en, '$ ... 42')).toEqual({
      results: [],
      confident: false,
      trimmed: false,
    });
  });

  it('says when a long paste was read only in part', () => {
    const paste = `${'INFO all good\n'.repeat(5_000)}${CONFLICT_PASTE}`;
    const response = search(en, paste);
    expect(response.trimmed).toBe(true);
    expect(response.results[0].id).toBe('secret-conflict');
  });
});

describe('loadIndex', () => {
  it('refuses an index built by another version of the pipeline', () => {
    const json = JSON.parse(buildIndex(FAQ, 'en'));
    const stale = JSON.stringify({...json, tokenizer: 'something else'});
    expect(() => loadIndex(stale)).toThrow(/rebuild the site/);
  });
});
