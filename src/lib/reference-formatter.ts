import type { CslItem } from './citation-formats';

/**
 * Formats an item's references (`formatReferences`) elsewhere than on the calling thread. The
 * build's integration sets one on `globalThis` under this key, the one channel from an
 * integration to the pages it renders; without it (the dev server, tests) pages format in place.
 */
export type ReferenceFormatter = (item: CslItem) => Promise<string[]>;

export const REFERENCE_FORMATTER = Symbol.for('longreads.reference-formatter');

export const referenceFormatterOf = (scope: object) => (scope as { [REFERENCE_FORMATTER]?: ReferenceFormatter })[REFERENCE_FORMATTER];
