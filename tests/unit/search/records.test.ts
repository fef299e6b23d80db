import {describe, expect, it} from 'vitest';
import {searchRecords} from '../../../src/search/records';
import {entry, FAQ} from './fixtures';

describe('searchRecords', () => {
  it('makes one record per entry of the display locale', () => {
    const ids = searchRecords(FAQ, 'en').map((record) => record.id);
    expect(ids).toEqual([
      'namespace-terminating',
      'secret-conflict',
      'certificate-expired',
      'what-is-oam',
    ]);
  });

  it('indexes the text of both locales but shows the display locale', () => {
    const [record] = searchRecords(FAQ, 'zh-Hans');
    expect(record.title).toContain('命名空间 demo-system 正在终止');
    expect(record.title).toContain('namespace demo-system is being terminated');
    expect(record.signatures).toContain(
      'reinstall fails right after uninstall',
    );
    expect(record.body).toContain('still terminating');
    expect(record.display).toEqual({
      id: 'namespace-terminating',
      title: '报错：命名空间 demo-system 正在终止',
      summary: '报错：命名空间 demo-system 正在终止.',
      section: '错误',
    });
  });

  it('indexes a code block shared by both locales once', () => {
    const [record] = searchRecords(FAQ, 'en');
    expect(record.body.match(/app-config/g)).toHaveLength(1);
  });

  it('leaves out log lines that several entries show', () => {
    const records = searchRecords(FAQ, 'en');
    expect(records[0].body).not.toContain('vela install');
  });

  it('names the identifying resources of each signature', () => {
    const records = searchRecords(FAQ, 'en');
    expect(records[0].names).toEqual(['app-config', 'demo-system']);
    expect(records[1].names).toEqual(['demo-tls']);
  });

  it('leaves out an entry the display locale does not have', () => {
    const zhOnly = entry('zh-Hans', {id: 'zh-only', title: '只有中文'});
    const entries = {...FAQ, 'zh-Hans': [...FAQ['zh-Hans'], zhOnly]};
    expect(searchRecords(entries, 'en').map((r) => r.id)).not.toContain(
      'zh-only',
    );
  });
});
