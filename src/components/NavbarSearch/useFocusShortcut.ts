import {useEffect, type RefObject} from 'react';

/** Ctrl+K or Cmd+K focuses the search box from anywhere on the page. */
export function useFocusShortcut(target: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        target.current?.focus();
        target.current?.select();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [target]);
}
