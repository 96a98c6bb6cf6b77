/**
 * Where the content lives. `CONTENT_DIR` points a build at another folder: the bad-input
 * fixtures and the benchmark's generated articles are built that way, never by copying code.
 */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? './content';
}
