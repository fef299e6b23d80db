import {
  useDeferredValue,
  useEffect,
  useId,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import {toUrlQuery} from '../Search/queryUrl';
import {useFaqSearch, usePrefetchSearch} from '../Search/useFaqSearch';
import {useFocusShortcut} from './useFocusShortcut';
import styles from './styles.module.css';

const SHOWN = 6;
/** Longer pastes are logs: they belong on the search page. */
const LONG_PASTE = 300;

export default function NavbarSearch(): ReactNode {
  const history = useHistory();
  const faqUrl = useBaseUrl('/docs/faq');
  const searchUrl = useBaseUrl('/search');
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const state = useFaqSearch(useDeferredValue(query), open);
  const prefetch = usePrefetchSearch();
  const results =
    state.status === 'done' ? state.outcome.results.slice(0, SHOWN) : [];
  useFocusShortcut(input);

  // The box is uncontrolled, so hydration leaves what the reader typed while
  // the scripts loaded; the search picks it up here.
  useEffect(() => {
    const box = input.current;
    if (box?.value) {
      setQuery(box.value);
      setOpen(document.activeElement === box);
    }
  }, []);

  function go(url: string) {
    setOpen(false);
    setActive(-1);
    input.current?.blur();
    history.push(url);
  }

  /** A log pasted here goes to the search page whole, newlines and all. */
  async function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const text = event.clipboardData.getData('text');
    if (text.includes('\n') || text.length > LONG_PASTE) {
      event.preventDefault();
      go(`${searchUrl}${await toUrlQuery(`${query} ${text}`)}`);
    }
  }

  async function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((current) =>
        results.length === 0
          ? -1
          : (current + step + results.length) % results.length,
      );
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && query.trim()) {
      event.preventDefault();
      const chosen = results[active];
      go(
        chosen
          ? `${faqUrl}#${chosen.id}`
          : `${searchUrl}${await toUrlQuery(query)}`,
      );
    }
  }

  const label = translate({
    id: 'search.navbar.label',
    message: 'Search the FAQ',
    description: 'Accessible label of the navbar search box',
  });
  const expanded = open && query.trim().length > 0 && results.length > 0;
  // A plain form too: before the page hydrates, and without JavaScript,
  // Enter opens the search page with the text typed.
  return (
    <form
      className={styles.search}
      role="search"
      action={searchUrl}
      method="get"
      onSubmit={(event) => event.preventDefault()}
    >
      <input
        ref={input}
        type="search"
        name="q"
        className={styles.input}
        placeholder={translate({
          id: 'search.navbar.placeholder',
          message: 'Search',
          description: 'Placeholder of the navbar search box',
        })}
        aria-label={label}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        defaultValue=""
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setOpen(true);
          prefetch();
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <kbd className={styles.shortcut} aria-hidden="true">
        Ctrl K
      </kbd>
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        className={styles.list}
        hidden={!expanded}
      >
        {results.map((result, index) => (
          <li
            key={result.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={styles.option}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(`${faqUrl}#${result.id}`)}
          >
            <span className={styles.title}>{result.title}</span>
            <span className={styles.section}>{result.section}</span>
          </li>
        ))}
      </ul>
    </form>
  );
}
