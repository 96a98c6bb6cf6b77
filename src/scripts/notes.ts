import { anchorOf } from '../lib/urls';

/** A note's paragraphs, copied from the Notes list for display elsewhere on the page. */
export function noteParagraphs(item: Element): HTMLSpanElement[] {
  return [...item.querySelectorAll(':scope > p')].map((p) => {
    const copy = document.createElement('span');
    copy.className = 'note-para';
    copy.append(...[...p.cloneNode(true).childNodes].map(plain));
    return copy;
  });
}

/**
 * The copy is text and its emphasis only: ids would clash with the original's, the back-link has
 * no place beside the reference, and links stay in the list so the copy adds no stops to the Tab order.
 */
function plain(node: Node): Node {
  if (!(node instanceof Element)) return node;
  if (node.hasAttribute('data-footnote-backref')) return document.createTextNode('');
  // Dates become plain text too: a second <time> would count the same date twice for whoever reads the page's dates.
  const keep = ['em', 'strong', 'i', 'b', 'cite', 'code', 'q', 'sub', 'sup'].includes(node.localName);
  const copy = keep ? document.createElement(node.localName) : document.createElement('span');
  if (node.hasAttribute('lang')) copy.setAttribute('lang', node.getAttribute('lang')!);
  if (node.hasAttribute('dir')) copy.setAttribute('dir', node.getAttribute('dir')!);
  copy.append(...[...node.childNodes].map(plain));
  return copy;
}

/** The list item a note reference points to. */
export function noteOf(reference: HTMLAnchorElement): HTMLElement | null {
  return document.getElementById(anchorOf(reference.hash) ?? '');
}
