import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import Details from '@theme/Details';
import styles from './styles.module.css';

interface OutputProps {
  /** Short outputs stay open; long logs are folded. */
  open?: boolean;
  children: ReactNode;
}

export function Output({open = false, children}: OutputProps): ReactNode {
  return (
    <Details
      className={styles.output}
      open={open}
      data-part="output"
      summary={
        <summary>
          <Translate id="card.output" description="Summary of a folded log">
            Full output
          </Translate>
        </summary>
      }
    >
      {children}
    </Details>
  );
}

interface PartProps {
  children: ReactNode;
}

export function Cause({children}: PartProps): ReactNode {
  return (
    <section className={styles.part} data-part="cause">
      <h4 className={styles.partTitle}>
        <Translate id="card.cause" description="Heading of a card's cause">
          Cause
        </Translate>
      </h4>
      {children}
    </section>
  );
}

export function Fix({children}: PartProps): ReactNode {
  return (
    <section className={styles.part} data-part="fix">
      <h4 className={styles.partTitle}>
        <Translate id="card.fix" description="Heading of a card's fix">
          Fix
        </Translate>
      </h4>
      {children}
    </section>
  );
}
