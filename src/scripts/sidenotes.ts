import { wide } from './card-triggers';
import { noteOf, noteParagraphs } from './notes';

/**
 * Copies each note beside its reference, where CSS floats it into the right margin on wide
 * screens (and hides it on narrow ones). The copy is for the eye: screen readers hear the note
 * as the reference's description and find it in the Notes list, so it is not read twice.
 */
export function placeSidenotes(references: Iterable<HTMLAnchorElement>): void {
  for (const reference of references) {
    const item = noteOf(reference);
    if (!item) continue;
    const note = document.createElement('span');
    note.className = 'sidenote';
    note.id = `side-${item.id}`;
    note.setAttribute('aria-hidden', 'true');
    const number = document.createElement('span');
    number.className = 'sidenote-number';
    number.textContent = reference.textContent;
    const paragraphs = noteParagraphs(item);
    paragraphs.forEach((p) => p.classList.add('sidenote-para'));
    paragraphs[0]?.prepend(number);
    note.append(...paragraphs);
    (reference.closest('sup') ?? reference).after(note);

    const original = reference.getAttribute('aria-describedby');
    const describe = () => {
      if (wide.matches) reference.setAttribute('aria-describedby', note.id);
      else if (original) reference.setAttribute('aria-describedby', original);
      else reference.removeAttribute('aria-describedby');
    };
    describe();
    wide.addEventListener('change', describe);
  }
}

/** The sidenote of a reference, when notes are in the margin. */
function sidenoteOf(reference: HTMLAnchorElement): HTMLElement | null {
  const item = noteOf(reference);
  return wide.matches && item ? document.getElementById(`side-${item.id}`) : null;
}

/** The sidenote lit up by its reference, which a reference does on wide screens instead of opening a card. */
let lit: { reference: HTMLAnchorElement; note: HTMLElement } | undefined;

export const litReference = () => lit?.reference;

export function lightSidenote(reference: HTMLAnchorElement): void {
  const note = sidenoteOf(reference);
  if (!note) return;
  unlightSidenote();
  reference.classList.add('is-active');
  note.classList.add('is-active');
  lit = { reference, note };
}

export function unlightSidenote(): void {
  lit?.reference.classList.remove('is-active');
  lit?.note.classList.remove('is-active');
  lit = undefined;
}
