// The build rewrites src/'s \p{…} regex literals without the u flag (scripts/bmp-regex-plugin.ts):
// every rewritten pattern must match exactly as its original does, on text in many languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SHARED, sharedAvailable } from '../../bench/corpora.ts';
import { regexLiterals } from '../../bench/regex-check.ts';
import {
  classBody,
  rewriteLiteral,
  rewriteRegexLiterals,
  translatePattern,
} from '../../scripts/bmp-regex-plugin.ts';

const SRC = join(import.meta.dirname, '../../src');

const toRegExp = (literal: string) => {
  const slash = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, slash), literal.slice(slash + 1));
};

// Names, quotes, cues and dates in the scripts news is written in, with the marks they print.
const SAMPLE = [
  '“It is too early,” said Olga Lazorkina, analyst of the Belarusian Institute for Strategic Studies (BISI).',
  'Łukasz Żak, Žižek, Ørsted, İstanbul, Çelik, Şahin, Ștefan Țiriac, Nguyễn Phú Trọng, O’Brien, J.R.R. de la Cruz.',
  '„Das ist’s“, sagte Bernd Bönte der Deutschen Presse-Agentur. Italiens Außenminister — »Nein«, meint Jürgen Müller.',
  'Иван Петров сказал: «Да». По словам Ґалини Євтушенко, це так. Ἀθῆναι Σωκράτης είπε: «Ναι».',
  '« Oui », a déclaré Émilie Lefèvre. —¿Por qué?, preguntó Peña Nieto. 北京 東京 서울 القاهرة תל אביב दिल्ली',
  'Combining: Cafe\u0301 Zoe\u0308 — digits ٣ ३ ² ½ — and 12:30 p.m. EST, Mon., 5 Dec 2026.',
].join('\n');

function sampleTexts(): string[] {
  const texts = [SAMPLE];
  if (!sharedAvailable()) return texts;
  texts.push(readFileSync(join(SHARED, 'seed/seed-article.txt'), 'utf8').slice(0, 6000));
  const fundus = join(SHARED, 'corpus/fundus');
  for (const country of readdirSync(fundus).filter((c) => c.length === 2)) {
    const json = readdirSync(join(fundus, country)).find((f) => f.endsWith('.json'));
    if (json) texts.push(readFileSync(join(fundus, country, json), 'utf8').slice(0, 3000));
  }
  return texts;
}

function matches(re: RegExp, s: string): string {
  if (re.global || re.sticky) {
    const all = new RegExp(re.source, `${re.flags.replace('y', '')}${re.global ? '' : 'g'}`);
    return [...s.matchAll(all)].map((m) => `${m.index}:${m.join('|')}`).join('\n');
  }
  const m = re.exec(s);
  return m ? `${m.index}:${m.join('|')}` : '-';
}

describe('bmp regex plugin', () => {
  const rewritten = regexLiterals([SRC]).flatMap((l) => {
    const to = rewriteLiteral(l.source, l.flags);
    return to === null ? [] : [{ from: `/${l.source}/${l.flags}`, to, file: relative(SRC, l.file) }];
  });

  it('rewrites the Unicode-class patterns of src/', () => {
    expect(rewritten.length).toBeGreaterThan(100);
    for (const r of rewritten) {
      expect(r.to).not.toMatch(/\\[pP]\{/);
      expect(r.to.slice(r.to.lastIndexOf('/'))).not.toContain('u');
    }
  });

  it('matches as the original does, on every pattern', () => {
    const texts = sampleTexts();
    // Patterns anchored to a word are asked of words and short runs of words, the rest of whole texts.
    const pieces = texts.flatMap((t) => {
      const words = t.split(/(?=[\s,.;:!?«»“”„"'’()—–-])/).slice(0, 1500);
      return [...words.map((w) => w.trim()), ...words.map((_, i) => words.slice(i, i + 6).join(''))];
    });
    const differing: string[] = [];
    for (const r of rewritten) {
      const before = toRegExp(r.from);
      const after = toRegExp(r.to);
      const inputs = before.global || before.sticky ? texts : pieces;
      const bad = inputs.find((s) => matches(before, s) !== matches(after, s));
      if (bad !== undefined) differing.push(`${r.file}: ${r.from} on ${JSON.stringify(bad.slice(0, 80))}`);
    }
    expect(differing).toEqual([]);
  });

  it('spells classes out, inside and outside brackets, and leaves what needs u alone', () => {
    expect(translatePattern(String.raw`^\p{Lu}[\p{Ll}\p{M}]+$`)).toBe(
      `^[${classBody('Lu')}][${classBody('Ll')}${classBody('M')}]+$`,
    );
    expect(translatePattern(String.raw`\P{L}+`)).toBe(`[^${classBody('L')}]+`);
    expect(translatePattern(String.raw`[\P{L}x]`)).toBeNull();
    expect(translatePattern(String.raw`\p{Sc}`)).toBeNull();
    expect(translatePattern(String.raw`[^\P{L}\u{10000}-\u{10FFFF}]`)).toBeNull();
    const upper = new RegExp(`^[${classBody('Lu')}]+$`);
    expect(upper.test('ÀŁŻİȘΣЖҐ')).toBe(true);
    expect(upper.test('àłżșσжґ')).toBe(false);
    const code = rewriteRegexLiterals('const a = /^\\p{Lu}/u; const b = /\\p{Lu}/iu; const c = /x/u;');
    expect(code).toMatch(/^const a = \/\^\[A-Z[^\]]*\]\/; const b = \/\[A-Z[^\]]*\]\/i; const c = \/x\/u;$/);
  });
});

describe('patterns built when the core loads', () => {
  it('take their letter classes and flags from rewritten literals, so none compiles with u', async () => {
    // vitest runs the rewrite (vite.config.ts), as the builds do. A pattern new RegExp() assembles
    // from strings compiles with u only if its own code asks for it.
    const built: string[] = [];
    const Native = globalThis.RegExp;
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args: [string | RegExp, string?]) {
        const re = new target(...args);
        if (re.unicode) built.push(`/${re.source.slice(0, 60)}…/${re.flags}`);
        return re;
      },
    });
    try {
      vi.resetModules();
      await import('../../src/core/analyze.ts');
    } finally {
      globalThis.RegExp = Native;
    }
    expect(built).toEqual([]);
  });
});
