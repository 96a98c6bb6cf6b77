/**
 * What an in-place card shows for each kind of link: a note's text, a source's entry, an actor's
 * name, kind and role; and the link that goes to the full thing.
 */
import type { ActorGlossary } from '../lib/markup';
import { CLASS, DATA, SOURCE_PART } from '../lib/markup';
import { anchorOf } from '../lib/urls';
import { isNoteReference } from './card-triggers';
import { noteOf, noteParagraphs } from './notes';

export interface CardContent {
  parts: Node[];
  /** Where the card's own link goes, to read the whole thing. */
  go: HTMLAnchorElement;
}

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

function noteContent(link: HTMLAnchorElement): CardContent | undefined {
  const item = noteOf(link);
  if (!item) return undefined;
  const paragraphs = noteParagraphs(item).map((paragraph) => {
    const p = el('p');
    p.append(...paragraph.childNodes);
    return p;
  });
  return { parts: [el('p', 'card-kicker', `Note ${link.textContent?.trim()}`), ...paragraphs], go: goLink(link.hash, 'Go to the note') };
}

/** The outlet's name, with its name in its own language and script, isolated so that its direction does not spill. */
function sourceTitle(entry: HTMLElement): HTMLParagraphElement {
  const title = el('p', 'card-title', entry.querySelector(`.${SOURCE_PART.name}`)?.textContent?.trim());
  const native = entry.querySelector(`.${SOURCE_PART.nativeName}`);
  const nativeName = native?.textContent?.trim();
  if (native && nativeName) {
    const span = el('span', undefined, nativeName);
    span.lang = native.getAttribute('lang') ?? '';
    span.dir = 'auto';
    title.append(' (', span, ')');
  }
  return title;
}

function sourceContent(link: HTMLAnchorElement): CardContent | undefined {
  const entry = document.getElementById(anchorOf(link.hash) ?? '');
  if (!entry) return undefined;
  const date = entry.querySelector('time')?.textContent?.trim() ?? 'Undated';
  const language = entry.querySelector(`.${SOURCE_PART.language}`)?.textContent?.trim().replace(/\.$/, '');
  const links = el('ul', 'card-links');
  for (const out of entry.querySelectorAll<HTMLAnchorElement>(`.${SOURCE_PART.outlinks} a`)) {
    const copy = out.cloneNode(true) as HTMLAnchorElement;
    copy.removeAttribute('id');
    const item = el('li');
    item.append(copy);
    links.append(item);
  }
  return {
    parts: [el('p', 'card-kicker', 'Source'), sourceTitle(entry), el('p', undefined, [date, language].filter(Boolean).join(' · ')), links],
    go: goLink(link.hash, 'Go to the source in the list'),
  };
}

function actorContent(link: HTMLAnchorElement, glossary: ActorGlossary): CardContent | undefined {
  const actor = glossary[link.getAttribute(DATA.actor) ?? ''];
  if (!actor) return undefined;
  return {
    parts: [el('p', 'card-kicker', actor.kind), el('p', 'card-title', actor.name), el('p', undefined, actor.role)],
    go: goLink(link.getAttribute('href') ?? link.href, `More on ${actor.name}`),
  };
}

/** The card for a link, or undefined when there is nothing to show. Only an actor's needs the glossary. */
export async function contentFor(link: HTMLAnchorElement, glossary: () => Promise<ActorGlossary>): Promise<CardContent | undefined> {
  if (isNoteReference(link)) return noteContent(link);
  if (link.classList.contains(CLASS.citation)) return sourceContent(link);
  return actorContent(link, await glossary());
}
