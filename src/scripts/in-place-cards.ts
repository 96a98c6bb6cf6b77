/**
 * In-place cards: what a note reference, a citation or an actor mention points to, shown beside
 * it on hover, keyboard focus and tap, so the reader need not leave the text. Loaded by
 * cards-on-demand.ts when first wanted; without it every link still goes where it says.
 *
 * - Hover or focus shows the card; leaving hides it; Escape hides it and keeps focus on the link.
 * - On touch, the first tap shows the card (which links to the target), a second tap follows the link.
 * - On wide screens notes are in the margin (sidenotes.ts); their references light them up instead.
 */
import { CLASS } from '../lib/markup';
// The URL of the built stylesheet: linked by the script rather than bundled into every article's CSS.
import styles from './in-place-cards.css?url';
import { contentFor } from './card-content';
import { isNoteReference, isTap, triggerOf as anyTriggerOf, wide } from './card-triggers';
import { loadGlossary } from './glossary';
import { closeCard, followPage, inCard, isOpen, keepOpen, openCard, openedBy, shownFor, type Opener } from './in-place-card';
import { lightSidenote, litReference, placeSidenotes, unlightSidenote } from './sidenotes';
import { linkStylesheet } from './stylesheet';

const SHOW_DELAY = 80;
const HIDE_DELAY = 250;

let showTimer: number | undefined;
let hideTimer: number | undefined;
/** Counts requests to show or hide, so that a card whose content arrives late is not shown after all. */
let request = 0;
/** The last pointer's type, and whether its link's card was already open when it went down (a second tap follows the link). */
const pointer = { type: 'mouse', wasShown: false };
/** A link this script is focusing, whose focus must not reopen its card. */
let refocusing: HTMLAnchorElement | undefined;

/** The trigger an event happened on, unless it is inside the card. */
const triggerOf = (target: EventTarget | null) => {
  const link = anyTriggerOf(target);
  return link && !inCard(link) ? link : undefined;
};

/** Whether a node belongs to the link the card is shown for, to the card, or to the lit sidenote's reference. */
const within = (node: EventTarget | null) =>
  node instanceof Node && ((shownFor()?.contains(node) ?? false) || inCard(node) || (litReference()?.contains(node) ?? false));

async function show(link: HTMLAnchorElement, by: Opener): Promise<void> {
  window.clearTimeout(hideTimer);
  if (isNoteReference(link) && wide.matches) return lightSidenote(link);
  if (shownFor() === link && isOpen()) return keepOpen(by);
  const asked = ++request;
  const content = await contentFor(link, loadGlossary);
  if (asked !== request) return;
  if (content) openCard(link, content, by);
  else closeCard();
}

/** Hides the card and unlights the sidenote. */
function hide(): void {
  request++;
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  unlightSidenote();
  closeCard();
}

/** After a pause, hides what hover opened, unless focus has moved into it. */
function hideSoon(): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    const active = document.activeElement;
    if (openedBy() === 'hover' && !((shownFor()?.contains(active) ?? false) || inCard(active))) {
      request++;
      closeCard();
    }
    if (!shownFor() && document.activeElement !== litReference()) unlightSidenote();
  }, HIDE_DELAY);
}

function onPointerOver(event: PointerEvent): void {
  if (event.pointerType === 'touch') return;
  const link = triggerOf(event.target);
  if (link) {
    window.clearTimeout(hideTimer);
    if (link === shownFor()) return;
    window.clearTimeout(showTimer);
    showTimer = window.setTimeout(() => show(link, 'hover'), SHOW_DELAY);
  } else if (inCard(event.target)) {
    window.clearTimeout(hideTimer);
  }
}

function onPointerOut(event: PointerEvent): void {
  if (event.pointerType === 'touch') return;
  const fromCardOrLink = triggerOf(event.target) !== undefined || inCard(event.target);
  if (fromCardOrLink && !within(event.relatedTarget)) hideSoon();
}

function onFocusIn(event: FocusEvent): void {
  const link = triggerOf(event.target);
  // Keyboard focus only: following a back-link to a reference also focuses it, and a card
  // opening over the paragraph the reader just returned to would hide it.
  if (link && link !== refocusing && link.matches(':focus-visible')) void show(link, 'focus');
  else if (inCard(event.target)) window.clearTimeout(hideTimer);
}

function onFocusOut(event: FocusEvent): void {
  if (!within(event.target) || within(event.relatedTarget) || openedBy() === 'hover') return;
  hide();
}

function onPointerDown(event: PointerEvent): void {
  pointer.type = event.pointerType;
  const link = triggerOf(event.target);
  pointer.wasShown = link !== undefined && link === shownFor() && isOpen();
  if (!within(event.target)) hide();
}

function onClick(event: MouseEvent): void {
  const link = triggerOf(event.target);
  if (link && isTap(event, pointer.type) && !pointer.wasShown && !(isNoteReference(link) && wide.matches)) {
    event.preventDefault();
    void show(link, 'tap');
    return;
  }
  // Following a link, from the text or from the card, leaves the card behind.
  if (link || (event.target instanceof Element && event.target.closest('a') && inCard(event.target))) hide();
}

function onKeyDown(event: KeyboardEvent): void {
  const link = shownFor() ?? litReference();
  if (event.key !== 'Escape' || !link) return;
  const focusWasInCard = inCard(document.activeElement);
  hide();
  if (focusWasInCard) {
    refocusing = link;
    link.focus({ preventScroll: true });
    refocusing = undefined;
  }
}

/** What the loader saw before the cards listened: the last reach for a card, to be answered now. */
export interface FirstReach {
  type: 'pointerover' | 'focusin' | 'click';
  link: HTMLAnchorElement;
}

/**
 * Sets up the cards on the page once their styles apply, and answers the reader's last reach for
 * one before then, which `firstReach` gives once the cards listen.
 */
export async function startCards(firstReach: () => FirstReach | undefined): Promise<void> {
  await linkStylesheet(styles);
  placeSidenotes(document.querySelectorAll<HTMLAnchorElement>('.article-body a[data-footnote-ref]'));
  // The card says what the browser's tooltip would, and more.
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`.article-body a.${CLASS.actor}[title]`)) link.removeAttribute('title');

  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('pointerout', onPointerOut);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  document.addEventListener('pointerdown', onPointerDown, { capture: true });
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKeyDown);
  followPage();
  wide.addEventListener('change', () => {
    const link = shownFor();
    if (link && isNoteReference(link)) hide();
    unlightSidenote();
  });

  const first = firstReach();
  if (first?.type === 'click') void show(first.link, 'tap');
  else if (first?.type === 'focusin' && document.activeElement === first.link && first.link.matches(':focus-visible')) void show(first.link, 'focus');
  else if (first?.type === 'pointerover' && first.link.matches(':hover')) void show(first.link, 'hover');
}
