import type { CslItem } from './citation-formats';

/**
 * Formats an item's references (`formatReferences`) elsewhere than on the calling thread. The
 * build's integration sets one on `globalThis` under this key, the one channel from an
 * integration to the pages it renders; without it (the dev server, tests) pages format in place.
 */
export type ReferenceFormatter = (item: CslItem) => Promise<string[]>;

export const REFERENCE_FORMATTER = Symbol.for('longreads.reference-formatter');

const scope = globalThis as { [REFERENCE_FORMATTER]?: ReferenceFormatter };

/** The formatter the build has set, if any. */
export const referenceFormatter = (): ReferenceFormatter | undefined => scope[REFERENCE_FORMATTER];

/** Sets the formatter pages use, or takes it away (undefined). */
export function setReferenceFormatter(formatter: ReferenceFormatter | undefined): void {
  if (formatter) scope[REFERENCE_FORMATTER] = formatter;
  else delete scope[REFERENCE_FORMATTER];
}
