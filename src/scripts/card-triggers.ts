/**
 * What opens an in-place card: a note reference, a citation or an actor mention in the article.
 * Shared by the script that loads the cards on demand and the cards themselves, so it stays small.
 */
import { CLASS } from '../lib/mark-classes';

export const TRIGGERS = `.article-body a[data-footnote-ref], .article-body a.${CLASS.citation}, .article-body a.${CLASS.actor}`;

/** The width from which notes sit in the margin; matches the `75rem` queries of InPlaceCards and TableOfContents. */
export const wide = window.matchMedia('(min-width: 75rem)');

/** The trigger an event happened on, if any. */
export function triggerOf(target: EventTarget | null): HTMLAnchorElement | undefined {
  return target instanceof Element ? (target.closest<HTMLAnchorElement>(TRIGGERS) ?? undefined) : undefined;
}

export const isNoteReference = (link: HTMLAnchorElement) => link.hasAttribute('data-footnote-ref');

/** A click made by a finger or a pen: the first one on a link shows its card rather than following it. */
export function isTap(event: MouseEvent, lastPointer: string): boolean {
  const pointer = (event as PointerEvent).pointerType || lastPointer;
  return event.detail > 0 && (pointer === 'touch' || pointer === 'pen');
}
