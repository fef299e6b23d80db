import type {ClientModule} from '@docusaurus/types';
import {entryInView} from './entryInView';

/** Where a reader was: an entry heading and its distance from the top. */
interface Place {
  id: string;
  top: number;
}

const STORAGE_KEY = 'faq.places';

/** Places kept per tab; the oldest go first. */
const MAX_PLACES = 50;

/** How long scrolling rests before the place is written down. */
const SAVE_AFTER_MS = 250;

let current: string | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

interface HistoryLocation {
  key?: string;
}

/**
 * The key of the history entry shown. An entry the browser made itself (the
 * page as first opened, a #hash followed or typed) has none: it is given one
 * in its history state, which Back and Forward bring back, so that a later
 * visit to the same #hash is a new entry and not taken for a return.
 */
function historyKeyOf(location: HistoryLocation): string {
  const state = window.history.state as {key?: unknown} | null;
  if (location.key) {
    return location.key;
  }
  if (typeof state?.key === 'string') {
    return state.key;
  }
  const key = `opened:${Math.random().toString(36).slice(2, 10)}`;
  window.history.replaceState({...state, key}, '');
  return key;
}

function isPlace(value: unknown): value is Place {
  const place = value as Partial<Place> | null;
  return typeof place?.id === 'string' && typeof place.top === 'number';
}

function readPlaces(): Record<string, unknown> {
  try {
    const places: unknown = JSON.parse(
      window.sessionStorage.getItem(STORAGE_KEY) ?? '{}',
    );
    return typeof places === 'object' && places !== null
      ? (places as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function savePlace(historyKey: string | undefined): void {
  const heading = entryInView();
  if (!historyKey || !heading) {
    return;
  }
  const places = readPlaces();
  delete places[historyKey];
  places[historyKey] = {
    id: heading.id,
    top: heading.getBoundingClientRect().top,
  } satisfies Place;
  const kept = Object.entries(places).slice(-MAX_PLACES);
  try {
    window.sessionStorage.setItem(
      STORAGE_KEY,
      JSON.stringify(Object.fromEntries(kept)),
    );
  } catch {
    // Storage may be off (private mode): the browser's own restore remains.
  }
}

/** Writes the place down once scrolling rests, under the entry shown then. */
function onScroll(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => savePlace(current), SAVE_AFTER_MS);
}

/** What a reader does to scroll; once they do, the page stops steering. */
const READER_SCROLLS = ['wheel', 'touchstart', 'keydown', 'mousedown'];

/**
 * Scrolls the saved entry heading back to where it was, then keeps it there
 * for a few frames: the cards around it are laid out only after the first
 * scroll brings them near, and they are taller than their placeholders.
 */
function restorePlace(historyKey: string | undefined): void {
  const place = historyKey ? readPlaces()[historyKey] : undefined;
  if (!isPlace(place)) {
    return;
  }
  let frames = 0;
  let still = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  READER_SCROLLS.forEach((type) =>
    window.addEventListener(type, stop, {once: true, passive: true}),
  );
  const step = () => {
    const heading = document.getElementById(place.id);
    if (stopped || !heading) {
      return;
    }
    const off = heading.getBoundingClientRect().top - place.top;
    if (Math.abs(off) >= 1) {
      window.scrollBy(0, off);
      still = 0;
    } else {
      still += 1;
    }
    frames += 1;
    if (still < 3 && frames < 30) {
      window.requestAnimationFrame(step);
    } else {
      READER_SCROLLS.forEach((type) => window.removeEventListener(type, stop));
    }
  };
  window.requestAnimationFrame(step);
}

/**
 * Whether the page was opened by Reload, Back or Forward. A page opened anew
 * (a link, the address bar) goes where its URL says, even if the reader was
 * on the same page earlier in this tab.
 */
function returned(): boolean {
  const [navigation] = performance.getEntriesByType(
    'navigation',
  ) as PerformanceNavigationTiming[];
  return navigation?.type === 'reload' || navigation?.type === 'back_forward';
}

/**
 * Reload, Back and Forward bring the reader back to the entry they were
 * reading. The browser restores a scroll offset, but off-screen cards are not
 * laid out when the page opens (`content-visibility: auto`), so the page is
 * not as tall as it was and the offset points at another entry. The place is
 * kept per history entry, as the entry heading and its distance from the top.
 */
const keepPlace: ClientModule = {
  onRouteUpdate({previousLocation, location}) {
    // An entry without a key is one the browser made, and it has already
    // scrolled to the new #hash: the place on the page left was saved earlier.
    if (previousLocation && location.key) {
      clearTimeout(saveTimer);
      savePlace(current);
    }
  },
  onRouteDidUpdate({location, previousLocation}) {
    current = historyKeyOf(location);
    const onFaq = document.querySelector('article h3[id]') !== null;
    window.history.scrollRestoration = onFaq ? 'manual' : 'auto';
    if (onFaq && (previousLocation || returned())) {
      restorePlace(current);
    }
  },
};

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => savePlace(current));
  window.addEventListener('scroll', onScroll, {passive: true});
}

export default keepPlace;
