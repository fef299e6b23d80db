import {describe, expect, it} from 'vitest';
import {buildIndex} from '../../../src/search/build';
import {loadIndex, search} from '../../../src/search/match';
import {CAUSES} from './causeFixtures';

const en = loadIndex(buildIndex(CAUSES, 'en'));
const zh = loadIndex(buildIndex(CAUSES, 'zh-Hans'));

const DESCRIBE_POD = `Events:
  Normal   Scheduled  2m   default-scheduler  Successfully assigned prod/demo-api-7d9f8c6b5-x2k9p to node-1
  Normal   Pulling    1m   kubelet  Pulling image "demo/api:1.4.0"
  Warning  Failed     1m   kubelet  Failed to pull image "demo/api:1.4.0": toomanyrequests: You have reached your pull rate limit
  Warning  Failed     1m   kubelet  Error: ErrImagePull
  Normal   BackOff    30s  kubelet  Back-off pulling image "demo/api:1.4.0"
  Warning  Failed     30s  kubelet  Error: ImagePullBackOff`;

function expectUnsure(matcher: typeof en, query: string, first: string): void {
  const response = search(matcher, query);
  expect(response.results[0]?.id).toBe(first);
  expect(response.confident).toBe(false);
}

describe('a query that names another cause than the closest entry', () => {
  it('is not confident when it gives a reason the entry never mentions', () => {
    expectUnsure(
      en,
      'demo-api pod 0/1 CrashLoopBackOff, Last State: OOMKilled',
      'pull-rate-limit',
    );
  });

  it('is not confident when it names another API group', () => {
    expectUnsure(
      en,
      'HPA targets show <unknown>; kubectl get --raw /apis/external.metrics.k8s.io/v1beta1 returns nothing',
      'metrics-server',
    );
  });

  it('is not confident when it says the entry’s cause works', () => {
    expectUnsure(
      en,
      'HPA targets show <unknown> but kubectl top nodes works fine',
      'metrics-server',
    );
    expectUnsure(
      zh,
      'HPA 指标显示 <unknown>，metrics-server 是好的',
      'metrics-server',
    );
  });

  it('is not confident when it says the entry’s fix did not help', () => {
    expectUnsure(
      en,
      'namespace demo-system is being terminated for an hour, waiting does not help',
      'namespace-terminating',
    );
  });
});

describe('a query with the entry’s own reasons among log noise', () => {
  it('is confident when the entry holds the reasons it gives', () => {
    const response = search(en, DESCRIBE_POD);
    expect(response.results[0].id).toBe('pull-rate-limit');
    expect(response.confident).toBe(true);
  });

  it('is confident when it names the entry’s own API group', () => {
    const response = search(
      en,
      'HPA targets <unknown>: the server could not find the requested resource (get pods.metrics.k8s.io)',
    );
    expect(response.results[0].id).toBe('metrics-server');
    expect(response.confident).toBe(true);
  });
});

describe('a reworded question', () => {
  it('is confident when an alias says the same in general words', () => {
    for (const [matcher, query] of [
      [en, 'will Vela replace our Helm charts?'],
      [zh, 'Vela 会取代 Helm 吗'],
    ] as const) {
      const response = search(matcher, query);
      expect(response.results[0].id, query).toBe('vela-vs-helm');
      expect(response.confident, query).toBe(true);
    }
  });
});
