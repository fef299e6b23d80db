import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Highlight from '../Highlight';
import type {SearchOutcome} from '../loadMatcher';
import styles from './styles.module.css';

interface Props {
  result: SearchOutcome['results'][number];
  best?: boolean;
}

export default function ResultItem({result, best = false}: Props): ReactNode {
  const faqUrl = useBaseUrl('/docs/faq');
  return (
    <article
      className={best ? styles.best : styles.result}
      data-result={result.id}
    >
      <h3 className={styles.title}>
        <Link to={`${faqUrl}#${result.id}`}>
          <Highlight text={result.title} terms={result.terms} />
        </Link>
      </h3>
      <p className={styles.section}>{result.section}</p>
      <p className={styles.snippet}>
        <Highlight text={result.summary} terms={result.terms} />
      </p>
    </article>
  );
}
