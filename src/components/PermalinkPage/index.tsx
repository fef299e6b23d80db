import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import type {PermalinkData} from '../../plugins/faq';
import {redirectScript} from './redirect';
import styles from './styles.module.css';

interface Props {
  entry: PermalinkData;
}

/** A short, permanent link to one entry, with a preview for link unfurlers. */
export default function PermalinkPage({entry}: Props): ReactNode {
  return (
    <Layout title={entry.title} description={entry.summary}>
      <Head>
        <link rel="canonical" href={entry.canonical} />
        <meta property="og:type" content="article" />
        <meta property="og:url" content={entry.permalink} />
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={entry.title} />
        <meta name="twitter:description" content={entry.summary} />
        <script>{redirectScript(entry)}</script>
      </Head>
      <main className={`container margin-vert--xl ${styles.page}`}>
        {entry.texts.map((text, index) => (
          <div key={text.locale} lang={text.locale}>
            <Heading as={index === 0 ? 'h1' : 'h2'}>{text.title}</Heading>
            <p>{text.summary}</p>
          </div>
        ))}
        <p>
          <Translate
            id="permalink.open"
            description="Before the links to an entry"
          >
            Open the answer in:
          </Translate>
        </p>
        <ul>
          <li>
            <a
              href={entry.targets['zh-Hans']}
              hrefLang="zh-Hans"
              lang="zh-Hans"
            >
              简体中文
            </a>
          </li>
          <li>
            <a href={entry.targets.en} hrefLang="en" lang="en">
              English
            </a>
          </li>
        </ul>
      </main>
    </Layout>
  );
}
