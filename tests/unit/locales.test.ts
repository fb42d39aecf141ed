// Every user-facing string is translated: each locale in public/_locales has every English message
// with the same placeholders, and every message the code asks for exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { typeScriptFiles } from '../../scripts/typescript-files.ts';
import { loadMessages } from './support/fake-browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = readdirSync(join(ROOT, 'public/_locales'));
const en = loadMessages('en');

function placeholders(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();
}

test('English plus at least Russian, and German', () => {
  expect(LOCALES).toEqual(expect.arrayContaining(['en', 'ru', 'de']));
});

describe.each(LOCALES.filter((l) => l !== 'en'))('locale %s', (lang) => {
  const messages = loadMessages(lang);
  test('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });
  test('every message is non-empty and keeps its placeholders', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(placeholders(entry.message), key).toEqual(placeholders(en[key].message));
    }
  });
});

test('every message key the code uses exists', () => {
  const used = new Set<string>();
  for (const file of typeScriptFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]);
    for (const m of text.matchAll(/getMessage\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]);
    for (const m of text.matchAll(/\bplural\(\s*'([A-Za-z0-9_]+)'/g))
      used.add(`${m[1]}_one`).add(`${m[1]}_other`);
    // Keys built from a table, such as FONT_LABEL = { serif: 'fontSerif', … }.
    for (const m of text.matchAll(/_LABEL = \{([^}]*)\}/g))
      for (const k of m[1].matchAll(/:\s*'([A-Za-z0-9_]+)'/g)) used.add(k[1]);
  }
  const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
  for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]);
  const missing = [...used].filter((k) => !(k in en));
  expect(missing).toEqual([]);
});

test('every clutter kind has a label', () => {
  const types = readFileSync(join(ROOT, 'src/core/types.ts'), 'utf8');
  const union = /export type ClutterKind =([^;]*);/.exec(types)?.[1] ?? '';
  const kinds = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
  expect(kinds.length).toBeGreaterThan(5);
  for (const kind of kinds) expect(en, kind).toHaveProperty(`kind_${kind.replace(/-/g, '_')}`);
});
