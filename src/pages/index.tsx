import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import ReadAllLink from '@site/src/components/ReadAllLink';
import PasteBox from './_components/PasteBox';
import styles from './index.module.css';

export default function Home(): ReactNode {
  return (
    <Layout
      description={translate({
        id: 'home.description',
        message:
          'Answers to KubeVela questions and fixes for vela install errors, in Chinese and English.',
        description: 'Meta description of the home page',
      })}
    >
      <main className={`container margin-vert--lg ${styles.home}`}>
        <Heading as="h1">
          <Translate id="home.title" description="Home page heading">
            KubeVela FAQ
          </Translate>
        </Heading>
        <p className={styles.lead}>
          <Translate id="home.lead" description="Home page introduction">
            Questions about KubeVela and fixes for the errors you meet when
            installing and running it.
          </Translate>
        </p>
        <PasteBox />
        <p className={styles.browse}>
          <ReadAllLink />
        </p>
      </main>
    </Layout>
  );
}
