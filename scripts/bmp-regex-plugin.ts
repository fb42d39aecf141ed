// Vite plugin: regex literals of src/ that use \p{Lu}, \p{L}, \p{N} and their kind with the u flag
// are rewritten, at build time, without the flag and with those classes spelled out as ranges of
// the Basic Multilingual Plane.
//
// Why: under /u, V8 compiles each \p{…} over the astral planes as well. A pattern with a few of
// them costs 1 to 5 ms to compile in Chromium, and that cost comes back on most pages, for the
// content script runs afresh there and V8's regexp cache does not outlive two garbage
// collections. Spelled out as BMP ranges (characters as themselves: the source stays short), the
// patterns of src/ compile about four times faster, and the first analysis on a page takes about
// a sixth less time. The rewrite keeps literals literals: the same patterns built with
// new RegExp() when the script loads cost 20 ms on every page load, literals next to nothing.
//
// What changes: a letter outside the BMP (math alphanumerics, rare CJK) is not a letter to the
// shipped code; no name or cue of a news page is written in one. A unit test
// (tests/unit/bmp-regex-plugin.test.ts) checks that every rewritten pattern matches as its
// original does on text in many languages.
// The builds, the speed benchmark's bundle and vitest (through vite.config.ts) run the rewritten
// patterns; the CLI and `npm run eval` (tsx), the originals.
import ts from 'typescript';
import type { Plugin } from 'vite';

const PROPERTIES: Record<string, RegExp> = {
  Lu: /\p{Lu}/u,
  Ll: /\p{Ll}/u,
  L: /\p{L}/u,
  M: /\p{M}/u,
  N: /\p{N}/u,
  Lt: /\p{Lt}/u,
  Cf: /\p{Cf}/u,
  P: /\p{P}/u,
  S: /\p{S}/u,
};

// Blocks whose letters alternate between cases code point by code point, and that no news page
// writes in (Cherokee, Glagolitic, Coptic, Latin Extended-C/D/E, Cyrillic Extended-B): left out
// of the case classes, which they would make a third longer.
const UNCASED_HERE: [number, number][] = [
  [0x13a0, 0x13ff],
  [0x2c00, 0x2cff],
  [0xa640, 0xa7ff],
  [0xab30, 0xabbf],
];

const ranges = new Map<string, string>();

/** The BMP code points of a property as a class body, characters written as themselves. */
export function classBody(property: string): string {
  let body = ranges.get(property);
  if (body !== undefined) return body;
  const test = PROPERTIES[property];
  const skip = property === 'Lu' || property === 'Ll' ? UNCASED_HERE : [];
  // ASCII in a class body is written as itself only where it cannot mean anything else.
  const char = (c: number) =>
    /[0-9A-Za-z]/.test(String.fromCharCode(c)) || c > 0x7f
      ? String.fromCharCode(c)
      : `\\x${c.toString(16).padStart(2, '0')}`;
  body = '';
  let start = -1;
  for (let c = 0; c <= 0x10000; c++) {
    const inside =
      c < 0x10000 &&
      !(c >= 0xd800 && c <= 0xdfff) &&
      // Line terminators cannot stand in a regex literal.
      c !== 0x2028 &&
      c !== 0x2029 &&
      !skip.some(([a, b]) => c >= a && c <= b) &&
      test.test(String.fromCharCode(c));
    if (inside && start < 0) start = c;
    if (!inside && start >= 0) {
      body += start === c - 1 ? char(start) : `${char(start)}-${char(c - 1)}`;
      start = -1;
    }
  }
  ranges.set(property, body);
  return body;
}

/** The pattern without u and with its classes spelled out, or null where that would change it. */
export function translatePattern(source: string): string | null {
  // \u{…} escapes and astral characters need u; so do properties other than the five.
  if (/\\u\{|[\ud800-\udfff]/.test(source)) return null;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
        const end = source.indexOf('}', i);
        const name = source.slice(i + 3, end);
        if (!(name in PROPERTIES) || (next === 'P' && inClass)) return null;
        const body = classBody(name);
        out += inClass ? body : `[${next === 'P' ? '^' : ''}${body}]`;
        i = end;
        continue;
      }
      out += c + next;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

export interface LiteralAt {
  start: number;
  end: number;
  line: number;
  source: string;
  flags: string;
}

/** The regex literals of a TypeScript module, found by its parser (not in strings or comments). */
export function regexLiteralsIn(code: string, fileName = 'module.ts'): LiteralAt[] {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, kind);
  const out: LiteralAt[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const slash = text.lastIndexOf('/');
      const start = node.getStart(file);
      out.push({
        start,
        end: node.end,
        line: file.getLineAndCharacterOfPosition(start).line + 1,
        source: text.slice(1, slash),
        flags: text.slice(slash + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The literal as the build ships it, or null where it stays as written. */
export function rewriteLiteral(source: string, flags: string): string | null {
  if (!flags.includes('u') || !source.includes('\\p{')) return null;
  const translated = translatePattern(source);
  return translated === null ? null : `/${translated}/${flags.replace('u', '')}`;
}

/** Every regex literal of a module that can go without u, rewritten. */
export function rewriteRegexLiterals(code: string, fileName = 'module.ts'): string {
  let out = code;
  for (const l of regexLiteralsIn(code, fileName).reverse()) {
    const to = rewriteLiteral(l.source, l.flags);
    if (to !== null) out = out.slice(0, l.start) + to + out.slice(l.end);
  }
  return out;
}

export function bmpRegexPlugin(): Plugin {
  return {
    name: 'sourcelight-bmp-regex',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || !code.includes('\\p{')) return null;
      const out = rewriteRegexLiterals(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
