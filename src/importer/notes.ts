/** A note marker "[1]" in the text, with the spaces before it, which the footnote does not keep. */
export interface Marker {
  start: number;
  end: number;
  label: string;
}

const MARKER = /[ \t]*\[(\d+)\]/g;
const NOTE = /^\[(\d+)\]\s*(.*)$/;
const NOTES_HEADING = /^(?:Notes|Endnotes|Footnotes)$/i;

export function findMarkers(text: string): Marker[] {
  return [...text.matchAll(MARKER)].map((m) => ({ start: m.index, end: m.index + m[0].length, label: m[1]! }));
}

/** "[1] In general Iraqi voters…": the note's label and text, or undefined for any other paragraph. */
export function readNote(text: string): { label: string; text: string } | undefined {
  const m = NOTE.exec(text);
  return m ? { label: m[1]!, text: m[2]! } : undefined;
}

/** The heading that starts the notes section. */
export const isNotesHeading = (text: string) => NOTES_HEADING.test(text);
