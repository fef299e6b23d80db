import type {Entry, Locale} from '../../../src/content/types';
import type {EntriesByLocale} from '../../../src/search/records';

type Draft = Partial<Entry> & {id: string; title: string};

/** An entry with only what a test cares about filled in. */
export function entry(locale: Locale, draft: Draft): Entry {
  return {
    locale,
    file: `${locale}/faq.mdx`,
    line: 1,
    section: {id: 'errors', title: locale === 'en' ? 'Errors' : '错误'},
    summary: `${draft.title}.`,
    signatures: [],
    aliases: [],
    text: '',
    code: [],
    hash: '000000000000',
    ...draft,
  };
}

const TERMINATING_LOG = `$ vela install
Error: failed to create resource: configmaps "app-config" is forbidden: unable to create new content in namespace demo-system because it is being terminated`;

const CONFLICT_LOG = `Error: rendered manifests contain a resource that already exists. Unable to continue with install: Secret "demo-tls" in namespace "" exists and cannot be imported into the current release: invalid ownership metadata`;

/** A small bilingual FAQ: two errors, an expired certificate and a question. */
export const FAQ: EntriesByLocale = {
  'zh-Hans': [
    entry('zh-Hans', {
      id: 'namespace-terminating',
      title: '报错：命名空间 demo-system 正在终止',
      signatures: [
        'configmaps "app-config" is forbidden: unable to create new content in namespace demo-system because it is being terminated',
      ],
      aliases: ['卸载后马上重装失败'],
      text: '上一次卸载还没有完成，demo-system 命名空间仍在终止中。稍等几秒后重试。',
      code: [TERMINATING_LOG, 'vela install'],
    }),
    entry('zh-Hans', {
      id: 'secret-conflict',
      title: '报错：Secret demo-tls 已存在',
      signatures: [
        'Secret "demo-tls" in namespace "" exists and cannot be imported into the current release',
      ],
      aliases: ['证书 Secret 冲突'],
      text: '集群里已经有一个同名的 Secret，删除它再重新安装。',
      code: [CONFLICT_LOG, 'kubectl delete secret demo-tls', 'vela install'],
    }),
    entry('zh-Hans', {
      id: 'certificate-expired',
      title: 'Webhook 证书过期',
      signatures: ['x509: certificate has expired or is not yet valid'],
      aliases: ['证书过期怎么办'],
      text: '准入 Webhook 的证书过期了，重新签发证书即可。',
    }),
    entry('zh-Hans', {
      id: 'what-is-oam',
      section: {id: 'concepts', title: '概念'},
      title: 'OAM 是什么？和 KubeVela 有什么关系？',
      aliases: ['开放应用模型'],
      text: 'OAM 即开放应用模型，KubeVela 是它的实现。',
    }),
  ],
  en: [
    entry('en', {
      id: 'namespace-terminating',
      title: 'Error: namespace demo-system is being terminated',
      signatures: [
        'configmaps "app-config" is forbidden: unable to create new content in namespace demo-system because it is being terminated',
      ],
      aliases: ['reinstall fails right after uninstall'],
      text: 'The previous uninstall has not finished: the demo-system namespace is still terminating. Wait a few seconds and retry.',
      code: [TERMINATING_LOG, 'vela install'],
    }),
    entry('en', {
      id: 'secret-conflict',
      title: 'Error: Secret demo-tls exists',
      signatures: [
        'Secret "demo-tls" in namespace "" exists and cannot be imported into the current release',
      ],
      aliases: ['certificate secret conflict'],
      text: 'A Secret with the same name is already in the cluster; delete it and install again.',
      code: [CONFLICT_LOG, 'kubectl delete secret demo-tls', 'vela install'],
    }),
    entry('en', {
      id: 'certificate-expired',
      title: 'Webhook certificate expired',
      signatures: ['x509: certificate has expired or is not yet valid'],
      aliases: ['what to do when the certificate expires'],
      text: 'The admission webhook certificate has expired; issue a new one.',
    }),
    entry('en', {
      id: 'what-is-oam',
      section: {id: 'concepts', title: 'Concepts'},
      title: 'What is OAM and how does it relate to KubeVela?',
      aliases: ['open application model'],
      text: 'OAM is the Open Application Model; KubeVela implements it.',
    }),
  ],
};
