import { describe, expect, test } from 'vitest';
import { actorJsonLd, outletJsonLd } from '../../src/lib/registry-json-ld';

const SITE = 'https://example.org';
const place = { name: 'Najaf', kind: 'place' as const, role: 'A holy city', aliases: ['an-Najaf'], arabicScript: { ar: ['النجف'] } };
const group = { name: 'Kataib Hezbollah', kind: 'group' as const, role: 'A militia', aliases: [] };

describe('the JSON-LD of an actor’s and an outlet’s pages', () => {
  test('the first page is a profile of the actor, typed by kind, with every other spelling', () => {
    const ld = actorJsonLd({ url: `${SITE}/actors/najaf/`, home: '/actors/najaf/', name: 'Najaf', description: 'Najaf: A holy city', data: place });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'AboutPage',
      '@id': `${SITE}/actors/najaf/`,
      url: `${SITE}/actors/najaf/`,
      name: 'Najaf',
      description: 'Najaf: A holy city',
      mainEntity: { '@type': 'Place', name: 'Najaf', description: 'A holy city', alternateName: ['an-Najaf', 'النجف'], mainEntityOfPage: `${SITE}/actors/najaf/` },
    });
    const profile = actorJsonLd({ url: `${SITE}/actors/kh/`, home: '/actors/kh/', name: group.name, description: '', data: group });
    expect(profile).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Organization' } });
    expect(profile.mainEntity).not.toHaveProperty('alternateName');
  });

  test('a later page lists mentions about the actor, pointing back to the first', () => {
    const ld = actorJsonLd({ url: `${SITE}/actors/najaf/2/`, home: '/actors/najaf/', name: 'Najaf: mentions 51–100', description: '…', data: place });
    expect(ld).toMatchObject({ '@type': 'CollectionPage', url: `${SITE}/actors/najaf/2/`, about: { '@type': 'Place', mainEntityOfPage: `${SITE}/actors/najaf/` } });
    expect(ld).not.toHaveProperty('mainEntity');
  });

  test('an outlet is a news organisation with its own site, its name in its own script and its languages', () => {
    const ld = outletJsonLd({ url: `${SITE}/outlets/aawsat/`, home: '/outlets/aawsat/', name: 'Asharq Al-Awsat', description: '…', data: { name: 'Asharq Al-Awsat', nativeName: 'الشرق الأوسط', domain: 'aawsat.com', languages: ['ar', 'en'] } });
    expect(ld).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'NewsMediaOrganization', name: 'Asharq Al-Awsat', alternateName: 'الشرق الأوسط', url: 'https://aawsat.com/', knowsLanguage: ['ar', 'en'], mainEntityOfPage: `${SITE}/outlets/aawsat/` },
    });
  });
});
