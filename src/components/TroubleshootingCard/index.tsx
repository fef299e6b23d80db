import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

interface Props {
  signature: string;
  appliesTo?: string;
  children: ReactNode;
}

export default function TroubleshootingCard({
  signature,
  appliesTo,
  children,
}: Props): ReactNode {
  return (
    <div className={styles.card} data-card="">
      <p className={styles.label}>
        <Translate id="card.signature" description="Label above an error line">
          Error
        </Translate>
      </p>
      <pre className={styles.signature} lang="en" data-signature="">
        {signature}
      </pre>
      {appliesTo && (
        <p className={styles.appliesTo}>
          <Translate
            id="card.appliesTo"
            description="Which versions a card applies to"
            values={{versions: appliesTo}}
          >
            {'Applies to: {versions}'}
          </Translate>
        </p>
      )}
      {children}
    </div>
  );
}
