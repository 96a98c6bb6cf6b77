import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';
import type { Block, Link } from './blocks';

/** Elements that start and end a block of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Page furniture and code, never the article's text. */
const SKIPPED_TAGS = new Set(['aside', 'button', 'form', 'head', 'iframe', 'nav', 'noscript', 'script', 'select', 'style', 'svg', 'template']);
const HEADING = /^h[2-6]$/;

/** The first offset of every line of the source, for turning offsets into line numbers. */
function lineOffsets(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Blocks of a saved HTML page: each block element's text with its links. The article is the
 * page's `<main>` or `<article>` that holds its `<h1>` (else `<body>`), from the `<h1>` on; a
 * `<sup>` note number becomes the text form's "[n]".
 */
export function htmlBlocks(source: string): Block[] {
  const root = parse(source, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const starts = lineOffsets(source);
  const scope =
    [root.querySelector('main'), root.querySelector('article')].find((el) => el?.querySelector('h1')) ?? root.querySelector('body') ?? root;
  const blocks: Block[] = [];
  let current: { text: string; line: number; links: Link[]; role?: Block['role'] } | undefined;

  const flush = () => {
    const text = current?.text.replace(/ $/, '') ?? '';
    if (current && text !== '') {
      blocks.push({
        text,
        line: current.line,
        lineStarts: [[0, current.line]],
        ...(current.role ? { role: current.role } : {}),
        links: current.links.map((l) => ({ ...l, end: Math.min(l.end, text.length) })),
      });
    }
    current = undefined;
  };
  const append = (text: string, node: Node) => {
    current ??= { text: '', line: lineOf(starts, node.range[0]), links: [] };
    // Layout whitespace collapses as a browser would; a no-break space is the author's.
    const collapsed = text.replace(/[ \t\r\n]+/g, ' ');
    current.text += current.text === '' || current.text.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
  };

  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      append(node.text, node);
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'sup' && /^\s*\d+\s*$/.test(node.text)) {
      append(`[${node.text.trim()}]`, node);
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      if (tag === 'h1' || HEADING.test(tag)) {
        current = { text: '', line: lineOf(starts, node.range[0]), links: [], role: tag === 'h1' ? 'title' : 'heading' };
      }
    }
    const href = tag === 'a' ? node.getAttribute('href') : undefined;
    const start = current?.text.length ?? 0;
    node.childNodes.forEach(walk);
    if (href && current) current.links.push({ start, end: current.text.length, href });
    if (block) flush();
  };
  walk(scope);
  flush();

  const title = blocks.findIndex((b) => b.role === 'title');
  return title > 0 ? blocks.slice(title) : blocks;
}
