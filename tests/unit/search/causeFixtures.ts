import type {Entry} from '../../../src/content/types';
import type {EntriesByLocale} from '../../../src/search/records';
import {entry} from './fixtures';

type Draft = Parameters<typeof entry>[1];
type Localized = Omit<Draft, 'title' | 'aliases' | 'text'>;

/** One entry in both locales: the same errors, each locale its own words. */
function both(
  shared: Localized,
  en: Pick<Draft, 'title' | 'aliases' | 'text'>,
  zh: Pick<Draft, 'title' | 'aliases' | 'text'>,
): [Entry, Entry] {
  return [
    entry('en', {...shared, ...en}),
    entry('zh-Hans', {...shared, ...zh}),
  ];
}

const ENTRIES = [
  both(
    {
      id: 'pull-rate-limit',
      signatures: [
        'toomanyrequests: You have reached your pull rate limit',
        'ImagePullBackOff demo-api',
        'ErrImagePull: 429 Too Many Requests',
      ],
    },
    {
      title: 'Error: you have reached your pull rate limit',
      aliases: ['demo-api image pulls are throttled'],
      text: 'Docker Hub limits anonymous pulls. Pull demo-api from a mirror registry.',
    },
    {
      title: '报错：镜像拉取次数超限',
      aliases: ['demo-api 拉取镜像被限流'],
      text: 'Docker Hub 限制匿名拉取次数，改从镜像仓库拉取 demo-api。',
    },
  ),
  both(
    {
      id: 'metrics-server',
      signatures: [
        'error: Metrics API not available',
        'the server could not find the requested resource (get pods.metrics.k8s.io)',
      ],
    },
    {
      title: 'HPA targets show <unknown>: install metrics server',
      aliases: ['autoscaling does nothing'],
      text: 'The HPA reads metrics from metrics-server. Check it with kubectl top nodes; if that fails, install metrics-server.',
    },
    {
      title: 'HPA 指标显示 <unknown>：安装 metrics server',
      aliases: ['自动扩缩容不生效'],
      text: 'HPA 从 metrics-server 读取指标。用 kubectl top nodes 检查，失败就安装 metrics-server。',
    },
  ),
  both(
    {
      id: 'namespace-terminating',
      signatures: [
        'unable to create new content in namespace demo-system because it is being terminated',
      ],
    },
    {
      title: 'Error: namespace demo-system is being terminated',
      aliases: ['install fails right after uninstall'],
      text: 'The previous uninstall has not finished. Wait a few seconds and install again.',
    },
    {
      title: '报错：命名空间 demo-system 正在终止',
      aliases: ['卸载后马上重装失败'],
      text: '上一次卸载还没有完成。等几秒后重新安装。',
    },
  ),
  both(
    {id: 'vela-vs-helm', section: {id: 'concepts', title: 'Concepts'}},
    {
      title: 'What is the difference between Vela and Helm?',
      aliases: ['does Vela replace Helm'],
      text: 'Vela runs as a controller on the server side and uses Helm as one of its template engines.',
    },
    {
      title: 'Vela 和 Helm 有什么区别？',
      aliases: ['Vela 能取代 Helm 吗'],
      text: 'Vela 以控制器的形式运行在服务端，Helm 是它的模板引擎之一。',
    },
  ),
];

/** Errors that other causes resemble, and a question readers reword. */
export const CAUSES: EntriesByLocale = {
  en: ENTRIES.map(([en]) => en),
  'zh-Hans': ENTRIES.map(([, zh]) => zh),
};
