import type {ClientModule} from '@docusaurus/types';

interface SkipEvent extends Event {
  readonly skipped: boolean;
}

const CARDS = '[data-card]';

function mark(card: Element, skipped: boolean): void {
  card.toggleAttribute('data-skipped', skipped);
}

function onSkipChange(event: Event): void {
  const card = event.target as Element;
  if (card.matches(CARDS)) {
    mark(card, (event as SkipEvent).skipped);
  }
}

let listening = false;

/**
 * Cards off screen are not laid out (`content-visibility: auto`), so what is
 * inside them has no real position: tools that measure the page (axe's
 * target-size check among them) see their buttons overlap the next card's.
 * A card says whether it is skipped, and its code blocks show their copy
 * buttons only when it is not; the card is laid out before a reader or a
 * keyboard focus reaches them.
 */
const skippedCards: ClientModule = {
  onRouteDidUpdate() {
    if (!listening) {
      document.addEventListener(
        'contentvisibilityautostatechange',
        onSkipChange,
        {
          capture: true,
        },
      );
      listening = true;
    }
    document.querySelectorAll(CARDS).forEach((card) => {
      const content = card.firstElementChild;
      mark(card, !content?.checkVisibility({contentVisibilityAuto: true}));
    });
  },
};

export default skippedCards;
