import type {FormEvent, ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Translate from '@docusaurus/Translate';
import {toUrlQuery} from '@site/src/components/Search/queryUrl';
import {usePrefetchSearch} from '@site/src/components/Search/useFaqSearch';
import {submitOnCtrlEnter} from '@site/src/components/Search/submitOnCtrlEnter';
import styles from './PasteBox.module.css';

/**
 * A box for a whole log: it opens the search page with the pasted text. It is
 * a plain form too, so it works before the page's JavaScript has loaded.
 */
export default function PasteBox(): ReactNode {
  const history = useHistory();
  const searchUrl = useBaseUrl('/search');
  const prefetch = usePrefetchSearch();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('q') ?? '');
    if (text.trim()) {
      history.push(`${searchUrl}${await toUrlQuery(text)}`);
    }
  }

  return (
    <form
      className={styles.box}
      action={searchUrl}
      method="get"
      onSubmit={submit}
      role="search"
    >
      <label htmlFor="paste-box" className={styles.label}>
        <Translate
          id="home.paste.label"
          description="Label of the home paste box"
        >
          Paste the error or the whole log you got
        </Translate>
      </label>
      <textarea
        id="paste-box"
        name="q"
        className={styles.text}
        rows={6}
        spellCheck={false}
        required
        onFocus={prefetch}
        onKeyDown={submitOnCtrlEnter}
      />
      <button type="submit" className="button button--primary button--lg">
        <Translate
          id="home.paste.submit"
          description="Button of the home paste box"
        >
          Find the answer
        </Translate>
      </button>
    </form>
  );
}
