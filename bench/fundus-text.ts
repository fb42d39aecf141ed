// npx tsx bench/fundus-text.ts [--limit N] [--top N]
// A held-out check of the main text: fundus's hand-written parsers give each page's body
// (summary, section headlines, paragraphs), from 181 publishers none of the rules were tuned on.
// Prints 4-word-shingle precision and recall of Sourcelight's text and of plain Readability's,
// and the pages where ours loses most against Readability. Not a goal: a guard against rules
// that only fit the extraction benchmark.
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { closePage, parsePage, readPage } from '../src/cli/load-page.ts';
import { analyze } from '../src/core/analyze.ts';
import { fundusPages } from './corpora.ts';
import { shingleScore, shingles } from './score-match.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const limit = Number(arg('--limit') ?? Number.POSITIVE_INFINITY);
const top = Number(arg('--top') ?? 15);
const only = arg('--page');

interface Body {
  summary?: string[];
  sections?: { headline?: string[]; paragraphs?: string[] }[];
}

function goldBody(path: string): string | null {
  const m = /^(.*)\/([^/]+?)_\d{4}_\d{2}_\d{2}\.html\.gz$/.exec(path);
  if (!m) return null;
  const gold = JSON.parse(readFileSync(`${m[1]}/${m[2]}.json`, 'utf8')) as Record<string, { body?: Body }>;
  // fundusPages pairs a publisher's files (date order) with its versions (V1, V1_1, …) in order.
  const files = fundusPages()
    .filter((p) => p.path.startsWith(`${m[1]}/${m[2]}_`))
    .map((p) => p.path)
    .sort();
  const versions = Object.keys(gold).sort((a, b) =>
    a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' }),
  );
  const body = gold[versions[files.indexOf(path)]]?.body;
  if (!body) return null;
  const parts = [...(body.summary ?? [])];
  for (const s of body.sections ?? []) parts.push(...(s.headline ?? []), ...(s.paragraphs ?? []));
  return parts.join('\n\n');
}

/** Paragraphs of `a` that `b` mostly lacks. */
function stray(a: string, b: string): string[] {
  const sb = shingles(b);
  return a.split(/\n+/).filter((para) => {
    const s = shingles(para);
    let hit = 0;
    let all = 0;
    for (const [k, n] of s) {
      all += n;
      if (sb.has(k)) hit += n;
    }
    return all > 0 && hit / all < 0.5;
  });
}

const rows: { path: string; o: { p: number; r: number }; b: { p: number; r: number } }[] = [];
for (const page of fundusPages().slice(0, limit)) {
  if (only && !page.path.endsWith(only)) continue;
  const gold = goldBody(page.path);
  if (!gold) continue;
  const dom = parsePage(readPage(page.path), page.url);
  const doc = dom.window.document;
  const base = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  const ours = analyze(
    doc,
    page.url,
    { omitHtml: true, skipQuotes: true },
    dom.window as unknown as Window,
  ).text;
  closePage(dom);
  if (only) {
    for (const para of stray(gold, ours)) console.log(`  - ${para.slice(0, 200)}`);
    for (const para of stray(ours, gold)) console.log(`  + ${para.slice(0, 200)}`);
  }
  rows.push({ path: page.path, o: shingleScore(gold, ours), b: shingleScore(gold, base) });
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const op = mean(rows.map((r) => r.o.p));
const or = mean(rows.map((r) => r.o.r));
const bp = mean(rows.map((r) => r.b.p));
const br = mean(rows.map((r) => r.b.r));
console.log(`fundus pages scored: ${rows.length}`);
console.log(`Sourcelight  P ${op.toFixed(3)} R ${or.toFixed(3)} F1 ${f1(op, or).toFixed(3)}`);
console.log(`Readability  P ${bp.toFixed(3)} R ${br.toFixed(3)} F1 ${f1(bp, br).toFixed(3)}`);
console.log('\nrecall lost against Readability');
for (const r of [...rows].sort((a, b) => a.o.r - a.b.r - (b.o.r - b.b.r)).slice(0, top))
  console.log(`  R ${r.o.r.toFixed(3)} (Readability ${r.b.r.toFixed(3)})  P ${r.o.p.toFixed(3)}  ${r.path}`);
console.log('\nprecision lost against Readability');
for (const r of [...rows].sort((a, b) => a.o.p - a.b.p - (b.o.p - b.b.p)).slice(0, top))
  console.log(`  P ${r.o.p.toFixed(3)} (Readability ${r.b.p.toFixed(3)})  R ${r.o.r.toFixed(3)}  ${r.path}`);
