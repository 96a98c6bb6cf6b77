/**
 * The editor's text cut into blocks: what a blank line separates in a text file, what a block
 * element holds in a saved HTML page. Every later step works on blocks and reports by line.
 */

/** A link in a block's text (saved HTML pages only): its href and where its words are. */
export interface Link {
  start: number;
  end: number;
  href: string;
}

export interface Block {
  /** The block's text, its lines joined by single spaces. */
  text: string;
  /** The source line where the block starts. */
  line: number;
  /** Source line of each line's start in `text`, as [offset, line] pairs in order. */
  lineStarts: Array<[number, number]>;
  /** `heading` where the source marks the block as one (an HTML h2–h6), `title` for an HTML h1. */
  role?: 'title' | 'heading';
  links: Link[];
}

/** The source line of an offset in a block's text. */
export function lineAt(block: Block, offset: number): number {
  let line = block.line;
  for (const [start, l] of block.lineStarts) {
    if (start > offset) break;
    line = l;
  }
  return line;
}

/** Blocks of a plain text: lines separated by blank lines, hard-wrapped lines joined by a space. */
export function textBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  source.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    // Only spaces and tabs are layout: a no-break space is the author's.
    const text = raw.replace(/^[ \t]+|[ \t]+$/g, '');
    if (text === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { text: '', line: i + 1, lineStarts: [], links: [] };
      blocks.push(current);
    } else {
      current.text += ' ';
    }
    current.lineStarts.push([current.text.length, i + 1]);
    current.text += text.replace(/[ \t]+/g, ' ');
  });
  return blocks;
}
