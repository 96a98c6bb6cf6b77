import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One response body, as sent raw, gzipped (level 9) and brotli-compressed (quality 11). */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });

/**
 * The sizes of a body. A host compresses only what gets smaller, so the compressed sizes are never
 * above the raw one: fonts, images and Pagefind's pre-gzipped chunks count at their raw size.
 */
export function sizesOf(body: Buffer): Sizes {
  if (body.length === 0) return zero();
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }).length;
  return { raw: body.length, gzip: Math.min(gzip, body.length), brotli: Math.min(brotli, body.length) };
}

export function add(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

/** "12.3 kB" (1 kB = 1,000 bytes, as Chrome's DevTools and Lighthouse count). */
export function kB(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}
