// Meta-tests in the spirit of refined-github's: every clutter rule lives in its own file under
// src/core/clutter/, is registered, and has a hand-made fixture that a unit test names.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeScriptFiles } from '../../scripts/typescript-files.ts';
import { CLUTTER_RULES } from '../../src/core/clutter/find-clutter.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RULES_DIR = join(ROOT, 'src/core/clutter');
const TESTS_DIR = join(ROOT, 'tests/unit');

const testSources = typeScriptFiles(TESTS_DIR)
  .filter((f) => /\.test\.tsx?$/.test(f) && !f.endsWith('conventions.test.ts'))
  .map((f) => readFileSync(f, 'utf8'));

/** Files that define a rule: `export const x: ClutterRule = {`. */
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => /:\s*ClutterRule\s*=/.test(readFileSync(join(RULES_DIR, f), 'utf8')));

describe('clutter rule conventions', () => {
  it('finds the rule files', () => {
    expect(ruleFiles.length).toBeGreaterThan(3);
  });

  for (const file of ruleFiles) {
    const name = file.replace(/\.ts$/, '');
    describe(name, () => {
      const source = readFileSync(join(RULES_DIR, file), 'utf8');
      it('is registered in CLUTTER_RULES under its file name', () => {
        expect(CLUTTER_RULES.map((r) => r.name)).toContain(name);
      });
      it('says in a comment at its top what it catches', () => {
        expect(source.startsWith('//')).toBe(true);
      });
      it(`has a fixture at tests/fixtures/clutter-${name}/page.html`, () => {
        expect(existsSync(join(ROOT, 'tests/fixtures', `clutter-${name}`, 'page.html'))).toBe(true);
      });
      it('has a unit test that names that fixture', () => {
        expect(testSources.some((s) => s.includes(`'clutter-${name}'`))).toBe(true);
      });
    });
  }

  it('registers no rule without a file of its own', () => {
    const names = ruleFiles.map((f) => f.replace(/\.ts$/, ''));
    for (const r of CLUTTER_RULES) expect(names).toContain(r.name);
  });
});
