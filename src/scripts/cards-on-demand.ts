/**
 * Loads the in-place cards (in-place-cards.ts) when the reader first reaches for one: a pointer
 * over, keyboard focus on, or tap of a note reference, a citation or an actor mention. On a wide
 * screen they load at once, since they place the notes in the margin. A phone on which the text is
 * only read downloads none of it. The last reach for a card before they listen is answered once they do.
 */
import { isNoteReference, isTap, triggerOf, wide, TRIGGERS } from './card-triggers';
import type { FirstReach } from './in-place-cards';

const EVENTS = ['pointerover', 'focusin', 'click'] as const;
let loading = false;
let first: FirstReach | undefined;
let lastPointer = 'mouse';

function load(): void {
  if (loading) return;
  loading = true;
  void import('./in-place-cards').then(async ({ startCards }) => {
    // Until the cards listen for themselves (once their styles apply), a tap is still held here;
    // if they fail to start, the links go where they say again.
    try {
      await startCards(() => first);
    } finally {
      for (const type of EVENTS) document.removeEventListener(type, reach);
      document.removeEventListener('pointerdown', notePointer, { capture: true });
    }
  });
}

function notePointer(event: PointerEvent): void {
  lastPointer = event.pointerType;
}

function reach(event: Event): void {
  const link = triggerOf(event.target);
  if (!link) return;
  const type = event.type as FirstReach['type'];
  if (type === 'click') {
    // A tap shows the card first; until the cards are here, the link waits for them. On a wide
    // screen a note sits beside its reference, and a tap on the reference goes to it.
    if (!isTap(event as MouseEvent, lastPointer) || (isNoteReference(link) && wide.matches)) return;
    event.preventDefault();
  }
  // A finger passing over a link is not a reach; its tap will be.
  if (!(type === 'pointerover' && (event as PointerEvent).pointerType === 'touch')) first = { type, link };
  load();
}

if (document.querySelector(TRIGGERS)) {
  // Listening from the start on a wide screen too, where the cards load at once: a tap before their styles apply is held.
  for (const type of EVENTS) document.addEventListener(type, reach);
  document.addEventListener('pointerdown', notePointer, { capture: true });
  if (wide.matches) load();
  else wide.addEventListener('change', load, { once: true });
}
