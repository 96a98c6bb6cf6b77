import { Document, Scalar, type YAMLSeq } from 'yaml';
import type { OutletData } from '../schemas/outlet';

export interface KnownOutlet {
  id: string;
  data: OutletData;
}

/** Second-level labels under a country code ("alarab.co.uk"), which say nothing of the outlet. */
const SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'net', 'org']);

const normalName = (name: string) => name.trim().replace(/^the\s+/i, '').toLowerCase();

/** The outlet a domain belongs to: the same domain, or the longest registered domain it is a subdomain of. */
export function outletByDomain(outlets: KnownOutlet[], domain: string): KnownOutlet | undefined {
  return outlets
    .filter((o) => domain === o.data.domain || domain.endsWith(`.${o.data.domain}`))
    .sort((a, b) => b.data.domain.length - a.data.domain.length)[0];
}

/** The outlet a named source is, by its name or native name, with or without a leading "The". */
export function outletByName(outlets: KnownOutlet[], name: string): KnownOutlet | undefined {
  const wanted = normalName(name);
  return outlets.find((o) => [o.data.name, o.data.nativeName].some((n) => n !== undefined && normalName(n) === wanted));
}

/**
 * An id for an outlet known only by its domain, in the style of the registry's ("rudaw.net" →
 * rudaw, "alarab.co.uk" → alarab), or the whole domain where that id is taken.
 */
export function newOutletId(domain: string, taken: ReadonlySet<string>): string {
  const labels = domain.split('.').slice(0, -1);
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  const short = labels.join('-');
  const long = domain.replace(/\./g, '-');
  if (!taken.has(short)) return short;
  if (!taken.has(long)) return long;
  let n = 2;
  while (taken.has(`${long}-${n}`)) n++;
  return `${long}-${n}`;
}

/** What can be known of an outlet from its domain alone: the domain as its name, its language undetermined. */
export function outletFromDomain(domain: string): OutletData {
  return { name: domain, domain, languages: ['und'] };
}

/** The outlet's YAML file, in the registry's layout: the name quoted, the languages as a flow list. */
export function outletYaml(data: OutletData): string {
  const doc = new Document(data);
  (doc.get('name', true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  (doc.get('languages', true) as YAMLSeq).flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
