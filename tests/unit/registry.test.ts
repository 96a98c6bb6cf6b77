import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadActors, loadOutlets } from '../../src/lib/registry';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'longreads-registry-'));
  cpSync('tests/fixtures/site', root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const actorFile = () => join(root, 'actors', 'jane-doe.yaml');
const outletFile = () => join(root, 'outlets', 'wire.yaml');
const edit = (file: string, change: (source: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('the registry of actors and outlets', () => {
  test('reads the fixture’s entries, each under its file name', () => {
    expect(loadActors(root).map((a) => a.id)).toEqual(['jane-doe']);
    expect(loadOutlets(root).map((o) => o.id)).toEqual(['wire']);
  });

  test('a YAML syntax error stops the build with the file, line and column, and what to check', () => {
    edit(actorFile(), (s) => s.replace('name: "Jane Doe"', 'name: "Jane Doe'));
    const line = readFileSync(actorFile(), 'utf8').split('\n').indexOf('name: "Jane Doe') + 1;
    expect(() => loadActors(root)).toThrow(
      new RegExp(`^${RegExp.escape(actorFile())}:${line}:\\d+: YAML: Missing closing "quote: check the quotes, brackets, colons and indentation on this line and those above$`),
    );
  });

  test('an unclosed bracket is reported where the parser stops', () => {
    edit(outletFile(), (s) => s.replace('languages: [en]', 'languages: [en'));
    expect(() => loadOutlets(root)).toThrow(new RegExp(`^${RegExp.escape(outletFile())}:\\d+:\\d+: YAML: .*\\]`));
  });

  test('a key written twice stops the build at the second', () => {
    edit(actorFile(), (s) => `${s}kind: group\n`);
    const line = readFileSync(actorFile(), 'utf8').split('\n').lastIndexOf('kind: group') + 1;
    expect(() => loadActors(root)).toThrow(`${actorFile()}:${line}:1: YAML: Map keys must be unique`);
  });

  test('an entry that breaks its schema names the file and the field', () => {
    edit(outletFile(), (s) => s.replace('languages: [en]', 'languages: [ku_IQ, ar]'));
    expect(() => loadOutlets(root)).toThrow(`${outletFile()}: languages[0]: "ku_IQ" is not a language tag; did you mean "ku-IQ"?`);
  });

  test('a file name that is not its URL stops the build with the name to use', () => {
    renameSync(actorFile(), join(root, 'actors', 'Jane Doe.yaml'));
    expect(() => loadActors(root)).toThrow(`${join(root, 'actors', 'Jane Doe.yaml')}: (file name): the file name is the URL, in lowercase letters, digits and hyphens; rename it to jane-doe.yaml`);
  });
});
