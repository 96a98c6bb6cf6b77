import type { Element, ElementContent, Nodes, Parents, Root, Text } from 'hast';

/**
 * The article a transform works on, beside its tree: the file, for error messages, and its
 * frontmatter as the MDX pipeline hands it over: raw, before the schema, so transforms check what
 * they read. Writing to it is how data leaves the processor (the passage index).
 */
export interface ArticleFile {
  url: URL | undefined;
  frontmatter: Record<string, unknown>;
}

/**
 * One step of the article's markup: a pure function on a plain, mutable hast tree. The steps run
 * in one pass of the processor (`articleMarkup`), so that the tree crosses from Sätteri to
 * JavaScript once for all of them rather than once for each.
 */
export type TreeTransform = (tree: Root, file: ArticleFile) => void;

/** The nearest element among `ancestors` (outermost first, as the walk gives them) for which `test` holds. */
export function closestAncestor(ancestors: readonly Parents[], test: (element: Element) => boolean): Element | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const parent = ancestors[i]!;
    if (parent.type === 'element' && test(parent)) return parent;
  }
  return undefined;
}

/** True when one of `ancestors` is an element for which `test` holds. */
export const hasAncestor = (ancestors: readonly Parents[], test: (element: Element) => boolean) => closestAncestor(ancestors, test) !== undefined;

/** The words of a node, as the DOM's textContent reads them. */
export const textOf = (node: Nodes): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';

/**
 * Walks the tree in document order, giving each node under the root the ones around it (outermost
 * first; the list is the walk's own, to read during the call only). A visitor may return what
 * replaces the node (one node or several, or none to keep it): the new nodes are not walked, nor
 * the old node's children, so that every visitor sees the text as written and never its own
 * markup. By hand rather than with unist-util-visit-parents, which copies the list of ancestors
 * at every node: a third of the walks' time over an article.
 */
export function walk(tree: Root, visit: (node: Nodes, ancestors: Parents[]) => ElementContent | ElementContent[] | void): void {
  const ancestors: Parents[] = [];
  const walkChildren = (parent: Parents) => {
    ancestors.push(parent);
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length; ) {
      const node = children[i]!;
      const replacement = visit(node, ancestors);
      if (replacement === undefined) {
        if ('children' in node) walkChildren(node);
        i++;
        continue;
      }
      const nodes = [replacement].flat();
      children.splice(i, 1, ...nodes);
      i += nodes.length;
    }
    ancestors.pop();
  };
  walkChildren(tree);
}

export const text = (value: string): Text => ({ type: 'text', value });

export function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/**
 * Cuts a text node's value at the given spans and wraps each span, keeping the text between
 * untouched, so that markup is added around the author's words and never changes them.
 */
export function wrapSpans<S extends { start: number; end: number }>(
  value: string,
  spans: S[],
  wrap: (span: S, words: string) => ElementContent,
): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) out.push(text(value.slice(at, span.start)));
    out.push(wrap(span, value.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < value.length) out.push(text(value.slice(at)));
  return out;
}

/**
 * The value of a link written with one of our schemes (`[words](cite:<id>)`, `actor:`, `date:`):
 * what follows the scheme, or undefined for any other link.
 */
export function schemeValue(node: Element, scheme: string): string | undefined {
  const href = node.properties?.href;
  return typeof href === 'string' && href.startsWith(scheme) ? href.slice(scheme.length) : undefined;
}
