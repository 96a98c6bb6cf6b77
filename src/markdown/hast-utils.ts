import type { Element, ElementContent, Text } from 'hast';
import type { Data, HastVisitorContext } from 'satteri';
// Declares `astro` (frontmatter, headings) on Sätteri's typed data bag.
import type {} from '@astrojs/markdown-satteri';

/**
 * The article's frontmatter as the MDX pipeline hands it to plugins: raw, before the schema, so
 * plugins check what they read. Writing to it is how data reaches pages (`remarkPluginFrontmatter`).
 */
export function frontmatterOf(ctx: { data: Data }): Record<string, unknown> {
  return ctx.data.astro?.frontmatter ?? {};
}

type HastNode = Parameters<HastVisitorContext['parent']>[0];

/** The nearest element around the node for which `test` holds. */
export function closestAncestor(node: HastNode, ctx: HastVisitorContext, test: (element: Element) => boolean): Element | undefined {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && test(parent as Element)) return parent as Element;
  }
  return undefined;
}

/** True when the node sits inside an element for which `test` holds. */
export const hasAncestor = (node: HastNode, ctx: HastVisitorContext, test: (element: Element) => boolean) =>
  closestAncestor(node, ctx, test) !== undefined;

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
