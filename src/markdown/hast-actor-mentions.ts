import type { Element } from 'hast';
import { contentFolder } from '../consts';
import type { AliasMatcher } from '../lib/aliases';
import { ContentError } from '../lib/content-error';
import { CLASS, DATA, firstOnPage, hastProperty, PAGEFIND, spellingAttributes } from '../lib/markup';
import { memoized } from '../lib/memo';
import { actorPath } from '../lib/urls';
import { closestAncestor, element, hasAncestor, schemeValue, text, textOf, walk, wrapSpans, type TreeTransform } from './hast-utils';

const ACTOR_SCHEME = 'actor:';
/** `[words](actor:none)`: the words name no actor, though they read like one's name or alias. */
const NO_ACTOR = 'none';

export interface ActorMentionsOptions {
  matcher: AliasMatcher;
  /** Canonical names by actor id. */
  names: ReadonlyMap<string, string>;
}

const SKIP = new Set(['a', 'time', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'sup']);
const BLOCKS = new Set(['p', 'li', 'blockquote', 'td', 'th']);
const isBlock = (el: Element) => BLOCKS.has(el.tagName);

/**
 * Marks every mention of an actor, found by name and alias, longest first. The first mention of
 * an actor in a paragraph links to the actor's page and carries, for search, every spelling of
 * the actor (Pagefind indexes them with the paragraph), and the first in the article the actor
 * filter; later ones are marked for the index only. Where a name is ambiguous the author says who is meant:
 * `[his late father](actor:<id>)`, or that no one is: `[the predominantly Shia militias](actor:none)`
 * keeps the words as plain text, unmarked.
 */
export function actorMentions({ matcher, names }: ActorMentionsOptions): TreeTransform {
  const spellingsOf = memoized((actor: string, words: string) => spellingAttributes(matcher.spellings(actor), words));
  return (tree, file) => {
    const linkedIn = new WeakMap<object, Set<string>>();
    const firstFilter = firstOnPage();
    const mention = (actor: string, children: Element['children'], words: string, block: object | undefined): Element => {
      const linked = block ? (linkedIn.get(block) ?? new Set<string>()) : new Set<string>();
      if (block) linkedIn.set(block, linked);
      const first = !linked.has(actor);
      linked.add(actor);
      const properties = { [hastProperty(DATA.actor)]: actor, title: names.get(actor) };
      if (!first) return element('span', { className: [CLASS.mention], ...properties }, children);
      const search = {
        ...spellingsOf(actor, words),
        ...(firstFilter(actor) ? { [PAGEFIND.filter]: 'actor[title]' } : {}),
      };
      return element('a', { href: actorPath(actor), className: [CLASS.actor], ...properties, ...search }, children);
    };
    walk(tree, (node, ancestors) => {
      if (node.type === 'element' && node.tagName === 'a') {
        const actor = schemeValue(node, ACTOR_SCHEME);
        if (actor === undefined) return;
        // The words inside are not searched for names either: their text sits under this link.
        if (actor === NO_ACTOR) return node.children;
        const href = `${ACTOR_SCHEME}${actor}`;
        if (!names.has(actor)) {
          throw new ContentError(
            file.url,
            `(${href})`,
            `actor "${actor}" does not exist in ${contentFolder('actors')}: add ${contentFolder('actors')}${actor}.yaml, or correct the id`,
            node.position?.start,
          );
        }
        return mention(actor, node.children, textOf(node), closestAncestor(ancestors, isBlock));
      }
      if (node.type !== 'text') return;
      const found = matcher.find(node.value);
      if (found.length === 0 || hasAncestor(ancestors, (el) => SKIP.has(el.tagName))) return;
      const block = closestAncestor(ancestors, isBlock);
      return wrapSpans(node.value, found, (m, words) => mention(m.actor, [text(words)], words, block));
    });
  };
}
