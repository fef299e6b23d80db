import {describe, expect, it} from 'vitest';
import {deniedSubjects} from '../../../src/search/premise';

describe('deniedSubjects', () => {
  it('finds what an English query says works or did not help', () => {
    expect(
      deniedSubjects(
        'hpa never scales. kubectl top works fine, but the adapter is empty',
      ),
    ).toEqual(['kubectl top']);
    expect(deniedSubjects('stuck for days and waiting did not help')).toEqual([
      'waiting',
    ]);
    expect(deniedSubjects('the metrics server itself is healthy')).toEqual([
      'the metrics server',
    ]);
  });

  it('finds what a Chinese query says works, even with Chinese between', () => {
    expect(deniedSubjects('metrics-server 是好的，hpa 还是 unknown')).toEqual([
      'metrics-server',
    ]);
    expect(deniedSubjects('kubectl top nodes 也有数据')).toEqual([
      'kubectl top nodes',
    ]);
    expect(deniedSubjects('重装也没用')).toEqual(['重装']);
  });

  it('leaves alone what the query says is broken', () => {
    for (const query of [
      'autoscale is not working on kind',
      'the trait works on ACK but not on kind',
      'autoscale 不起作用',
      'kubectl top 没有数据',
      'metrics-server 不正常',
      'metrics-server 是否正常？',
      'is metrics-server running normally?',
    ]) {
      expect(deniedSubjects(query), query).toEqual([]);
    }
  });
});
