/**
 * An MDX file's compiled module with one key taken out of its `frontmatter` export, and that key's
 * value. Astro's MDX processor writes the frontmatter, with what plugins added to it, as
 * `export const frontmatter = <its JSON>;`: the statement is found by that exact text, and a module
 * written any other way stops the build rather than keep the key. Imports nothing: an MDX thread
 * loads it as it is.
 */
export function takeFromFrontmatter(code: string, frontmatter: Record<string, unknown>, key: string): { code: string; value: unknown } {
  const written = `export const frontmatter = ${JSON.stringify(frontmatter)};`;
  const at = code.lastIndexOf(written);
  if (at < 0) throw new Error(`the compiled module does not export its frontmatter as \`export const frontmatter = <JSON>;\`, so its "${key}" cannot be taken out: the MDX processor now writes it otherwise`);
  const { [key]: value, ...rest } = frontmatter;
  return { code: `${code.slice(0, at)}export const frontmatter = ${JSON.stringify(rest)};${code.slice(at + written.length)}`, value };
}
