// npx tsx bench/extraction-diff.ts [--top N] [--page ID] [--against baseline|FILE.jsonl]
// Per-page main-text precision and recall from the last `npm run eval` (.cache/eval/
// extraction.ours.jsonl), scored like ../shared/tools/score.py (4-word shingles), with the worst
// pages first. --page ID prints the shingles a page lost and gained, to see what went wrong.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { SHARED } from './corpora.ts';
import { shingleScore, shingles } from './score-match.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const OUT = resolve(import.meta.dirname, '../.cache/eval');
const top = Number(arg('--top') ?? 25);
const page = arg('--page');
const against = arg('--against') ?? 'baseline';
const junk = argv.includes('--junk');

function load(path: string): Map<string, string> {
  const m = new Map<string, string>();
  if (!existsSync(path)) return m;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { path: string; text?: string };
    m.set(basename(rec.path).replace(/\.html(?:\.gz)?$/, ''), rec.text ?? '');
  }
  return m;
}

const gt = JSON.parse(
  readFileSync(join(SHARED, 'corpus/extraction-benchmark/ground-truth.json'), 'utf8'),
) as Record<string, { articleBody: string; url: string }>;
const ours = load(join(OUT, 'extraction.ours.jsonl'));
const other = load(against === 'baseline' ? join(OUT, 'extraction.baseline.jsonl') : resolve(against));

/** Paragraphs of `text` whose shingles are mostly absent from `other`: what one side adds. */
function strayParagraphs(text: string, other: string): string[] {
  const o = shingles(other);
  const toks = (s: string) => s.match(/[\p{L}\p{N}_\p{M}]+/gu) ?? [];
  const otherToks = new Set(toks(other));
  return text.split(/\n+/).filter((para) => {
    const t = toks(para);
    if (t.length < 4) return t.length > 0 && t.some((w) => !otherToks.has(w));
    const s = shingles(para);
    let hit = 0;
    let all = 0;
    for (const [k, n] of s) {
      all += n;
      if (o.has(k)) hit += n;
    }
    return hit / all < 0.5;
  });
}

if (junk) {
  // Every paragraph we keep that the gold text lacks (and, with --lost, every gold one we drop).
  const lostToo = argv.includes('--lost');
  for (const [id, g] of Object.entries(gt)) {
    const t = ours.get(id) ?? '';
    const extra = strayParagraphs(t, g.articleBody);
    const lost = lostToo ? strayParagraphs(g.articleBody, t) : [];
    if (!extra.length && !lost.length) continue;
    console.log(`\n## ${id.slice(0, 12)} ${g.url}`);
    for (const para of extra) console.log(`  + ${para.slice(0, 160)}`);
    for (const para of lost) console.log(`  - ${para.slice(0, 160)}`);
  }
} else if (page) {
  const gold = gt[page]?.articleBody ?? '';
  const t = shingles(gold);
  const p = shingles(ours.get(page) ?? '');
  const lost = [...t.keys()].filter((k) => (p.get(k) ?? 0) < (t.get(k) ?? 0));
  const gained = [...p.keys()].filter((k) => (t.get(k) ?? 0) < (p.get(k) ?? 0));
  console.log(gt[page]?.url, shingleScore(gold, ours.get(page) ?? ''));
  console.log(`\n-- lost (${lost.length}):\n${lost.join(' | ')}`);
  console.log(`\n-- gained (${gained.length}):\n${gained.join(' | ')}`);
} else {
  const rows = Object.entries(gt).map(([id, g]) => {
    const o = shingleScore(g.articleBody, ours.get(id) ?? '');
    const b = other.size ? shingleScore(g.articleBody, other.get(id) ?? '') : null;
    return { id, url: g.url, o, b };
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  const show = (title: string, sorted: typeof rows) => {
    console.log(`\n${title}`);
    for (const r of sorted.slice(0, top))
      console.log(
        `${r.id}  P ${r.o.p.toFixed(3)} R ${r.o.r.toFixed(3)}` +
          (r.b ? `  | other P ${r.b.p.toFixed(3)} R ${r.b.r.toFixed(3)}` : '') +
          `  ${r.url}`,
      );
  };
  console.log(
    `ours P ${mean(rows.map((r) => r.o.p)).toFixed(4)} R ${mean(rows.map((r) => r.o.r)).toFixed(4)}` +
      (other.size
        ? `  other P ${mean(rows.map((r) => r.b?.p ?? 0)).toFixed(4)} R ${mean(rows.map((r) => r.b?.r ?? 0)).toFixed(4)}`
        : ''),
  );
  show(
    'worst precision',
    [...rows].sort((a, b) => a.o.p - b.o.p),
  );
  show(
    'worst recall',
    [...rows].sort((a, b) => a.o.r - b.o.r),
  );
  if (other.size)
    show(
      'recall lost against the other run',
      [...rows].sort((a, b) => a.o.r - (a.b?.r ?? 0) - (b.o.r - (b.b?.r ?? 0))),
    );
}
