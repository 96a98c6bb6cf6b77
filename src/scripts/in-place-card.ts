/**
 * The one popover that shows a note, a source or an actor beside the link that refers to it. It
 * never moves the page: it sits in the top layer, anchored to the link by CSS anchor positioning,
 * or placed by script where that is missing. While shown it describes its link (aria-describedby),
 * and it is placed right after the link, so that Tab reaches its links next.
 */
import type { CardContent } from './card-content';

/** How the card was opened: a card opened by hover goes when the pointer leaves, the others stay. */
export type Opener = 'hover' | 'focus' | 'tap';

const anchoring = CSS.supports('position-area', 'block-end') && CSS.supports('anchor-name', '--a');

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
let shown: { link: HTMLAnchorElement; by: Opener; describedBy: string | null } | undefined;

export const isOpen = () => card.matches(':popover-open');
export const shownFor = () => shown?.link;
export const openedBy = () => shown?.by;
/** Whether a node is in the card. */
export const inCard = (node: EventTarget | null) => node instanceof Node && card.contains(node);

export function openCard(link: HTMLAnchorElement, content: CardContent, by: Opener): void {
  closeCard();
  body.replaceChildren(...content.parts);
  go.replaceChildren(content.go);
  (link.closest('sup') ?? link).after(card);
  link.classList.add('in-place-anchor');
  shown = { link, by, describedBy: link.getAttribute('aria-describedby') };
  link.setAttribute('aria-describedby', body.id);
  card.showPopover();
  place();
}

/** A card opened by hover stays when the reader then focuses or taps its link. */
export function keepOpen(by: Opener): void {
  if (shown && by !== 'hover') shown.by = by;
}

export function closeCard(): void {
  if (!shown) return;
  if (isOpen()) card.hidePopover();
  const { link, describedBy } = shown;
  link.classList.remove('in-place-anchor');
  if (describedBy) link.setAttribute('aria-describedby', describedBy);
  else link.removeAttribute('aria-describedby');
  shown = undefined;
}

/** Where anchor positioning is missing: below the link (above it when there is no room), on screen. */
function place(): void {
  if (anchoring || !shown) return;
  const rect = shown.link.getClientRects()[0] ?? shown.link.getBoundingClientRect();
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

/** A card placed by script follows its link when the page moves. */
export function followPage(): void {
  if (anchoring) return;
  const follow = () => isOpen() && window.requestAnimationFrame(place);
  window.addEventListener('scroll', follow, { passive: true });
  window.addEventListener('resize', follow);
}
