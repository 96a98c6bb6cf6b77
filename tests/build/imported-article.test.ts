import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { CLASS } from '../../src/lib/markup';
import { anchorOf, noteAnchor, outletPath, sourceAnchor } from '../../src/lib/urls';
import { runCli, VARIANT, withContentCopy } from '../importer/helpers';

const SLUG = 'assassination-attempt-against-prime-minister-al-khadimi';
const NOTE_MARKER = /\s*\[\d+\]/g;
const words = (el: HTMLElement) => el.text.replace(/\s+/g, ' ').trim();

// The one real build of the importer's tests: the imported article as the site publishes it.
describe('an imported article, built', () => {
  test('reads word for word, links every citation to its Sources entry and every note both ways, new outlet included', () => {
    withContentCopy((root) => {
      const source = join(root, 'variant.txt');
      writeFileSync(source, VARIANT);
      expect(runCli(['--content-dir', root, source]).code).toBe(0);

      const out = join(root, 'dist');
      const build = spawnSync('npx', ['astro', 'build'], {
        env: { ...process.env, CONTENT_DIR: root, OUT_DIR: out, ASTRO_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
      const page = parse(readFileSync(join(out, 'articles', SLUG, 'index.html'), 'utf8'));
      const ids = new Set(page.querySelectorAll('[id]').map((el) => el.id));

      // 25 citations, each to an entry of the Sources list; the new outlet's has its page.
      const cites = page.querySelectorAll(`a.${CLASS.citation}`);
      expect(cites).toHaveLength(25);
      for (const cite of cites) expect(ids).toContain(anchorOf(cite.getAttribute('href')!));
      const entry = page.getElementById(sourceAnchor('shafaq-2021-11-06'))!;
      expect(words(entry)).toContain('shafaq.com, November 6, 2021. In an undetermined language.');
      expect(entry.querySelector(`a[href="${outletPath('shafaq')}"]`)).not.toBeNull();
      expect(existsSync(join(out, outletPath('shafaq'), 'index.html'))).toBe(true);

      // 4 notes, there and back.
      const refs = page.querySelectorAll('a[data-footnote-ref]');
      expect(refs).toHaveLength(4);
      for (const ref of refs) {
        const note = page.getElementById(anchorOf(ref.getAttribute('href')!)!)!;
        expect(note.querySelector(`a[data-footnote-backref][href="#${ref.id}"]`)).not.toBeNull();
      }
      expect(words(page.getElementById(noteAnchor('4'))!)).toContain('A fourth note, added to the seed for this test.');

      // Word for word: the text's paragraphs and headings, note markers (removed here) aside.
      const [, , ...body] = VARIANT.split('\n\n').map((p) => p.replace(NOTE_MARKER, ''));
      const notesAt = body.indexOf('Notes');
      const published = page
        .querySelectorAll('.article-body > p, .article-body > h2')
        .map((el) => {
          el.querySelectorAll('sup').forEach((sup) => sup.remove());
          return words(el);
        });
      expect(published).toEqual(body.slice(0, notesAt));
    });
  });
});
