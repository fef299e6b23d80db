import type {KeyboardEvent} from 'react';

/**
 * Ctrl+Enter (⌘+Enter on a Mac) sends a text box's form, as in issue
 * trackers; Enter alone keeps adding lines to a pasted log.
 */
export function submitOnCtrlEnter(
  event: KeyboardEvent<HTMLTextAreaElement>,
): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}
