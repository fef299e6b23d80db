import type {ClientModule} from '@docusaurus/types';
import legacyAnchors from '../data/legacy-anchors.json';
import {LOCALE_KEY} from '../components/PermalinkPage/redirect';
import {entryInView} from './entryInView';

const LEGACY: Record<string, string> = legacyAnchors;

function decodedHash(): string {
  const raw = window.location.hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Old links used anchors made from the Chinese headings: send them on. */
function followLegacyAnchor(): void {
  const wanted = decodedHash();
  if (!wanted || document.getElementById(wanted)) {
    return;
  }
  const id = LEGACY[wanted] ?? LEGACY[wanted.toLowerCase()];
  const target = id ? document.getElementById(id) : null;
  if (target) {
    window.history.replaceState(window.history.state, '', `#${id}`);
    target.scrollIntoView();
  }
}

/**
 * A link followed inside the site to an entry puts the focus on the entry's
 * heading, as a screen reader or keyboard reader expects: the answer is
 * announced, and the next Tab goes on from it, not from the top of the page.
 */
function focusLinkedEntry(): void {
  const target = document.getElementById(decodedHash());
  if (!target || !/^H[1-6]$/.test(target.tagName)) {
    return;
  }
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
  }
  target.focus({preventScroll: true});
}

/** A language switch remembers the choice and keeps the entry in view. */
function onLocaleLinkClick(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
    '.navbar a[lang][href], .navbar-sidebar a[lang][href]',
  );
  if (!link) {
    return;
  }
  try {
    window.localStorage.setItem(LOCALE_KEY, link.lang);
  } catch {
    // Storage may be off (private mode); the switch itself still works.
  }
  // At the top of the page the reader is on the page, not on its first entry.
  const id = window.scrollY > 0 ? entryInView()?.id : undefined;
  if (id) {
    const url = new URL(link.href);
    url.hash = id;
    link.href = url.href;
  }
}

if (typeof window !== 'undefined') {
  document.addEventListener('click', onLocaleLinkClick, true);
  window.addEventListener('hashchange', followLegacyAnchor);
}

const entryLinks: ClientModule = {
  onRouteDidUpdate({previousLocation}) {
    followLegacyAnchor();
    if (previousLocation) {
      focusLinkedEntry();
    }
  },
};

export default entryLinks;
