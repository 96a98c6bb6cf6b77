/**
 * schema.org data for the registry's pages. An actor's or outlet's first page is its profile: the
 * person, group, state or place (or the outlet) as its `mainEntity`, with every spelling the
 * registry knows as `alternateName`; its later pages are lists of mentions or citations `about` it,
 * pointing back to the first. Addresses are absolute, resolved against the page's own.
 */
import type { ActorData, ActorKind } from '../schemas/actor';
import type { OutletData } from '../schemas/outlet';
import { outletUrl } from './sources';

type Thing = Record<string, unknown>;

/** schema.org's type for each kind of actor: a group is an organisation, a state a country. */
const ACTOR_TYPES: Record<ActorKind, string> = { person: 'Person', group: 'Organization', state: 'Country', place: 'Place' };

/** Google reads a ProfilePage about a person or an organisation; a page about a place is an AboutPage. */
const pageType = (entity: string) => (entity === 'Person' || entity.endsWith('Organization') ? 'ProfilePage' : 'AboutPage');

/**
 * One of the numbered pages about `entity` (an actor, an outlet, an author), `home` the first of
 * them, both absolute: the first is its profile, with the entity as `mainEntity`; a later one lists
 * more of what concerns it, `about` it.
 */
export function profilePage({ url, home, name, description, entity }: { url: string; home: string; name: string; description: string; entity: Thing }): Thing {
  const first = url === home;
  return {
    '@context': 'https://schema.org',
    '@type': first ? pageType(String(entity['@type'])) : 'CollectionPage',
    '@id': url,
    url,
    name,
    description,
    [first ? 'mainEntity' : 'about']: entity,
  };
}

/** The spellings besides the name: the registry's aliases, then the Arabic and Persian script forms. */
const otherNames = (data: ActorData) => [...data.aliases, ...(data.arabicScript?.ar ?? []), ...(data.arabicScript?.fa ?? [])];

/** An actor's page: `home` is its first page, `url` this one. */
export function actorJsonLd({ url, home, name, description, data }: { url: string; home: string; name: string; description: string; data: ActorData }): Thing {
  const alternateName = otherNames(data);
  const entity: Thing = {
    '@type': ACTOR_TYPES[data.kind],
    name: data.name,
    description: data.role,
    ...(alternateName.length > 0 ? { alternateName } : {}),
  };
  const page = new URL(home, url).href;
  return profilePage({ url, home: page, name, description, entity: { ...entity, mainEntityOfPage: page } });
}

/** An outlet's page: the news organisation, its site and languages. */
export function outletJsonLd({ url, home, name, description, data }: { url: string; home: string; name: string; description: string; data: OutletData }): Thing {
  const entity: Thing = {
    '@type': 'NewsMediaOrganization',
    name: data.name,
    ...(data.nativeName ? { alternateName: data.nativeName } : {}),
    url: outletUrl(data.domain),
    knowsLanguage: data.languages,
  };
  const page = new URL(home, url).href;
  return profilePage({ url, home: page, name, description, entity: { ...entity, mainEntityOfPage: page } });
}
