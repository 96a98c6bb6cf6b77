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

/** A registry page, the first of its pages or a later one, about `entity`, whose own page is `home`. */
function registryPage({ url, home, name, description, entity }: { url: string; home: string; name: string; description: string; entity: Thing }): Thing {
  const first = url === home;
  return {
    '@context': 'https://schema.org',
    '@type': first ? pageType(String(entity['@type'])) : 'CollectionPage',
    '@id': url,
    url,
    name,
    description,
    [first ? 'mainEntity' : 'about']: { ...entity, mainEntityOfPage: home },
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
  return registryPage({ url, home: new URL(home, url).href, name, description, entity });
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
  return registryPage({ url, home: new URL(home, url).href, name, description, entity });
}
