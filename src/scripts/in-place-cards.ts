/**
 * In-place cards: what a note reference, a citation or an actor mention points to, shown beside
 * it on hover, keyboard focus and tap, so the reader need not leave the text. One popover serves
 * all three. Without this script every link still goes where it says.
 *
 * - Hover or focus shows the card; leaving hides it; Escape hides it and keeps focus on the link.
 * - On touch, the first tap shows the card (which links to the target), a second tap follows the link.
 * - While shown, the card describes its link (aria-describedby); it is placed right after the link,
 *   so Tab reaches its links next. It never moves the page: the popover sits in the top layer,
 *   anchored to the link by CSS anchor positioning, or placed by script where that is missing.
 * - On wide screens notes are in the margin (sidenotes.ts); their references light them up instead.
 */
import { CLASS, SOURCE_PART } from '../lib/markup';
import { anchorOf } from '../lib/urls';
import { readGlossary } from './glossary';
import { noteOf, noteParagraphs } from './notes';
import { placeSidenotes, sidenoteOf, wide } from './sidenotes';

type Opener = 'hover' | 'focus' | 'tap';

const TRIGGERS = `.article-body a[data-footnote-ref], .article-body a.${CLASS.citation}, .article-body a.${CLASS.actor}`;
const SHOW_DELAY = 80;
const HIDE_DELAY = 250;
const anchoring = CSS.supports('position-area', 'block-end') && CSS.supports('anchor-name', '--a');

const glossary = readGlossary();

const card = document.createElement('div');
card.id = 'in-place-card';
card.className = 'in-place-card';
card.popover = 'manual';
const body = document.createElement('div');
body.id = 'in-place-card-body';
const go = document.createElement('p');
go.className = 'card-go';
card.append(body, go);

/** The link the card is shown for, how it was opened, and the link's own description to restore. */
let shownFor: HTMLAnchorElement | undefined;
let openedBy: Opener | undefined;
let describedBy: string | null = null;
let showTimer: number | undefined;
let hideTimer: number | undefined;
/** Whether the card was already shown for the link a pointer went down on (a second tap follows it). */
let shownAtPointerDown = false;
let lastPointer = 'mouse';
/** A link being focused by this script, whose focus must not reopen the card. */
let refocusing: HTMLAnchorElement | undefined;
/** The sidenote lit up by its reference on wide screens. */
let litNote: { reference: HTMLAnchorElement; note: HTMLElement } | undefined;

function triggerOf(target: EventTarget | null): HTMLAnchorElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const link = target.closest<HTMLAnchorElement>(TRIGGERS);
  return link && !card.contains(link) ? link : undefined;
}

const isNote = (link: HTMLAnchorElement) => link.hasAttribute('data-footnote-ref');
const isOpen = () => card.matches(':popover-open');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function goLink(href: string, text: string): HTMLAnchorElement {
  const link = el('a', undefined, text);
  link.href = href;
  // The link it repeats is already in the Tab order, right before the card.
  link.tabIndex = -1;
  return link;
}

/** Fills the card for a link; false when there is nothing to show. */
function fill(link: HTMLAnchorElement): boolean {
  const parts: Node[] = [];
  let target: HTMLAnchorElement;
  if (isNote(link)) {
    const item = noteOf(link);
    if (!item) return false;
    parts.push(el('p', 'card-kicker', `Note ${link.textContent?.trim()}`));
    for (const paragraph of noteParagraphs(item)) {
      const p = el('p');
      p.append(...paragraph.childNodes);
      parts.push(p);
    }
    target = goLink(link.hash, 'Go to the note');
  } else if (link.classList.contains(CLASS.citation)) {
    const entry = document.getElementById(anchorOf(link.hash) ?? '');
    if (!entry) return false;
    const title = el('p', 'card-title', entry.querySelector(`.${SOURCE_PART.name}`)?.textContent?.trim());
    // The name in the outlet's own language and script, isolated so that its direction does not spill.
    const native = entry.querySelector(`.${SOURCE_PART.nativeName}`);
    const nativeName = native?.textContent?.trim();
    if (native && nativeName) {
      const span = el('span', undefined, nativeName);
      span.lang = native.getAttribute('lang') ?? '';
      span.dir = 'auto';
      title.append(' (', span, ')');
    }
    const date = entry.querySelector('time')?.textContent?.trim() ?? 'Undated';
    const language = entry.querySelector(`.${SOURCE_PART.language}`)?.textContent?.trim().replace(/\.$/, '');
    const links = el('ul', 'card-links');
    for (const out of entry.querySelectorAll<HTMLAnchorElement>(`.${SOURCE_PART.outlinks} a`)) {
      const li = el('li');
      const copy = out.cloneNode(true) as HTMLAnchorElement;
      copy.removeAttribute('id');
      li.append(copy);
      links.append(li);
    }
    parts.push(el('p', 'card-kicker', 'Source'), title, el('p', undefined, [date, language].filter(Boolean).join(' · ')), links);
    target = goLink(link.hash, 'Go to the source in the list');
  } else {
    const actor = glossary[link.dataset.actor ?? ''];
    if (!actor) return false;
    parts.push(el('p', 'card-kicker', actor.kind), el('p', 'card-title', actor.name), el('p', undefined, actor.role));
    target = goLink(link.getAttribute('href') ?? link.href, `More on ${actor.name}`);
  }
  body.replaceChildren(...parts);
  go.replaceChildren(target);
  return true;
}

/** Where anchor positioning is missing: below the link (above it when there is no room), on screen. */
function place() {
  if (anchoring || !shownFor) return;
  const rect = shownFor.getClientRects()[0] ?? shownFor.getBoundingClientRect();
  const gap = 6;
  const edge = 8;
  const { offsetWidth: width, offsetHeight: height } = card;
  const left = Math.min(Math.max(edge, rect.left + rect.width / 2 - width / 2), window.innerWidth - width - edge);
  let top = rect.bottom + gap;
  if (top + height > window.innerHeight - edge && rect.top - gap - height >= edge) top = rect.top - gap - height;
  card.style.margin = '0';
  card.style.left = `${Math.max(edge, left)}px`;
  card.style.top = `${top}px`;
}

function show(link: HTMLAnchorElement, by: Opener) {
  window.clearTimeout(hideTimer);
  if (isNote(link) && wide.matches) return light(link);
  if (shownFor === link && isOpen()) {
    // A tap or focus on a card shown by hover keeps it until that ends too.
    if (by !== 'hover') openedBy = by;
    return;
  }
  hideCard();
  if (!fill(link)) return;
  // Right after the link in the document, so the card's links come next in the Tab order.
  (link.closest('sup') ?? link).after(card);
  link.classList.add('in-place-anchor');
  describedBy = link.getAttribute('aria-describedby');
  link.setAttribute('aria-describedby', body.id);
  shownFor = link;
  openedBy = by;
  card.showPopover();
  place();
}

/** Hides the card and unlights the sidenote. */
function hide() {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  unlight();
  hideCard();
}

function hideCard() {
  if (!shownFor) return;
  if (isOpen()) card.hidePopover();
  shownFor.classList.remove('in-place-anchor');
  if (describedBy) shownFor.setAttribute('aria-describedby', describedBy);
  else shownFor.removeAttribute('aria-describedby');
  shownFor = undefined;
  openedBy = undefined;
}

function light(reference: HTMLAnchorElement) {
  const note = sidenoteOf(reference);
  if (!note) return;
  unlight();
  reference.classList.add('is-active');
  note.classList.add('is-active');
  litNote = { reference, note };
}

function unlight() {
  litNote?.reference.classList.remove('is-active');
  litNote?.note.classList.remove('is-active');
  litNote = undefined;
}

function hideSoon() {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    const active = document.activeElement;
    if (openedBy === 'hover' && !(active && (active === shownFor || card.contains(active)))) hideCard();
    if (!shownFor && document.activeElement !== litNote?.reference) unlight();
  }, HIDE_DELAY);
}

/** Whether a node belongs to the link the card is shown for, or to the card. */
const within = (node: EventTarget | null) =>
  node instanceof Node && ((shownFor?.contains(node) ?? false) || card.contains(node) || (litNote?.reference.contains(node) ?? false));

function init() {
  const references = document.querySelectorAll<HTMLAnchorElement>('.article-body a[data-footnote-ref]');
  if (!references.length && !document.querySelector(TRIGGERS)) return;
  placeSidenotes(references);
  // The card says what the browser's tooltip would, and more.
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`.article-body a.${CLASS.actor}[title]`)) link.removeAttribute('title');

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    const link = triggerOf(event.target);
    if (link) {
      window.clearTimeout(hideTimer);
      if (link === shownFor) return;
      window.clearTimeout(showTimer);
      showTimer = window.setTimeout(() => show(link, 'hover'), SHOW_DELAY);
    } else if (card.contains(event.target as Node)) {
      window.clearTimeout(hideTimer);
    }
  });

  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    const from = triggerOf(event.target) ?? (card.contains(event.target as Node) ? card : undefined);
    if (!from || within(event.relatedTarget)) return;
    hideSoon();
  });

  document.addEventListener('focusin', (event) => {
    const link = triggerOf(event.target);
    // Keyboard focus only: following a back-link to a reference also focuses it, and a card
    // opening over the paragraph the reader just returned to would hide it.
    if (link && link !== refocusing && link.matches(':focus-visible')) show(link, 'focus');
    else if (card.contains(event.target as Node)) window.clearTimeout(hideTimer);
  });

  document.addEventListener('focusout', (event) => {
    if (!within(event.target) || within(event.relatedTarget)) return;
    if (openedBy === 'hover') return;
    hide();
  });

  document.addEventListener(
    'pointerdown',
    (event) => {
      lastPointer = event.pointerType;
      const link = triggerOf(event.target);
      shownAtPointerDown = Boolean(link && link === shownFor && isOpen());
      if (!within(event.target)) hide();
    },
    { capture: true },
  );

  document.addEventListener('click', (event) => {
    const link = triggerOf(event.target);
    if (!link) {
      // Following a link in the card leaves the card behind.
      if (event.target instanceof Element && event.target.closest('a') && card.contains(event.target)) hide();
      return;
    }
    const pointer = (event as PointerEvent).pointerType || lastPointer;
    const tap = event.detail > 0 && (pointer === 'touch' || pointer === 'pen');
    if (tap && !shownAtPointerDown && !(isNote(link) && wide.matches)) {
      event.preventDefault();
      show(link, 'tap');
      return;
    }
    hide();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || (!shownFor && !litNote)) return;
    const link = shownFor ?? litNote?.reference;
    const focusWasInCard = card.contains(document.activeElement);
    hide();
    if (link && focusWasInCard) {
      refocusing = link;
      link.focus({ preventScroll: true });
      refocusing = undefined;
    }
  });

  // A card placed by script follows its link when the page moves.
  if (!anchoring) {
    const follow = () => isOpen() && window.requestAnimationFrame(place);
    window.addEventListener('scroll', follow, { passive: true });
    window.addEventListener('resize', follow);
  }
  wide.addEventListener('change', () => {
    if (shownFor && isNote(shownFor)) hide();
    unlight();
  });
}

init();
