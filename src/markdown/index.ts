import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { HastPluginList, MdastPluginList } from 'satteri';
import { buildAliasMatcher } from '../lib/aliases';
import type { Entry } from '../lib/registry';
import type { ActorData } from '../schemas/actor';
import type { OutletData } from '../schemas/outlet';
import { actorMentions } from './hast-actor-mentions';
import { articleMarkup } from './hast-article-markup';
import { citations } from './hast-citations';
import { dates } from './hast-dates';
import { headingLinks } from './hast-heading-links';
import { passageIndex } from './hast-passage-index';
import { expressionCheck } from './mdast-expression-check';
import { footnoteCheck } from './mdast-footnote-check';
import { textRequired } from './mdast-text-required';

export interface Registry {
  actors: Entry<ActorData>[];
  outlets: Entry<OutletData>[];
}

/** Every markdown plugin, in the order they must run: the passage index reads what the others mark. */
export function markdownPlugins({ actors, outlets }: Registry): { mdastPlugins: MdastPluginList; hastPlugins: HastPluginList } {
  return {
    mdastPlugins: [textRequired(), expressionCheck(), footnoteCheck()],
    hastPlugins: [
      articleMarkup([
        citations({ outletIds: new Set(outlets.map((o) => o.id)) }),
        dates(),
        actorMentions({
          matcher: buildAliasMatcher(actors),
          names: new Map(actors.map((a) => [a.id, a.data.name])),
        }),
        passageIndex(),
      ]),
      // Astro sets heading ids after our plugins; the links need them first, and Astro keeps ids it finds.
      satteriHeadingIdsPlugin(),
      headingLinks(),
    ],
  };
}
