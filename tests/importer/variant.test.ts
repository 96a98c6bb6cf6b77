import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { href, noteAnchor, sourceAnchor } from '../../src/lib/urls';
import { outletSchema } from '../../src/schemas/outlet';
import { frontmatterOf, imported, rendered, runCli, VARIANT, withContentCopy } from './helpers';

describe('a text citing an outlet the registry lacks, with a fourth note', () => {
  test('gets a new outlet with what its domain tells, reported, and a link to it', async () => {
    const { mdx, outlets, report } = imported(VARIANT);
    expect(outlets).toEqual([{ id: 'shafaq', data: { name: 'shafaq.com', domain: 'shafaq.com', languages: ['und'] } }]);
    expect(outletSchema.safeParse(outlets[0]!.data).success).toBe(true);
    expect(report.outletsCreated).toEqual([{ id: 'shafaq', line: 61, message: 'new outlet "shafaq" for shafaq.com: its name and language are for a human to give' }]);
    expect(frontmatterOf(mdx).citations.at(-3)).toEqual({ id: 'shafaq-2021-11-06', outlet: 'shafaq', date: '2021-11-06' });

    const page = await rendered(mdx, outlets);
    expect(page.citeLinks).toHaveLength(25);
    expect(page.citeLinks).toContainEqual({ words: 'shafaq.com, November 6', href: href(undefined, sourceAnchor('shafaq-2021-11-06')) });
    expect(page.noteRefs.map((r) => r.href)).toEqual(['1', '2', '3', '4'].map((label) => href(undefined, noteAnchor(label))));
    expect(page.notes.at(-1)).toMatchObject({ id: noteAnchor('4'), text: expect.stringContaining('A fourth note'), back: `#${page.noteRefs[3]!.id}` });
  });

  test('the CLI writes the outlet in the registry’s layout, and a second import reuses it', () => {
    withContentCopy((root) => {
      const file = join(root, 'variant.txt');
      const second = join(root, 'second.txt');
      writeFiles({ [file]: VARIANT, [second]: VARIANT.replace(/^Assassination/, 'Second') });
      const { code, out } = runCli(['--content-dir', root, file, second]);
      expect(code).toBe(0);
      expect(out).toContain(`${file}:61: new outlet "shafaq" for shafaq.com`);
      expect(out).toMatch(/outlets: 18 matched, 1 created[\s\S]*outlets: 19 matched, 0 created/);
      const yaml = readFileSync(join(root, 'outlets', 'shafaq.yaml'), 'utf8');
      expect(yaml).toBe('name: "shafaq.com"\ndomain: shafaq.com\nlanguages: [und]\n');
      expect(outletSchema.parse(parse(yaml))).toEqual({ name: 'shafaq.com', domain: 'shafaq.com', languages: ['und'] });
    });
  });
});

function writeFiles(files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
}
