// npm run eval [-- --only extraction,detection,metadata,experts,polnear,seed] [--no-baseline] [--limit N]
// Accuracy of Sourcelight's analysis on ../shared/corpus next to plain Readability, in one run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  detectFixturePages,
  extractionPages,
  fundusPages,
  labelledPages,
  nonArticlePages,
  type Page,
  readabilityPages,
  SHARED,
  sharedAvailable,
} from './corpora.ts';
import { type PageResult, runPages } from './run-pages.ts';
import { scorePy, titleMatch, writeJsonl } from './score.ts';
import { outletMatch } from './score-match.ts';

const SECTIONS = ['extraction', 'detection', 'metadata', 'experts', 'polnear', 'seed'] as const;
type Section = (typeof SECTIONS)[number];

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = new Set((arg('--only')?.split(',') ?? SECTIONS) as Section[]);
const withBaseline = !argv.includes('--no-baseline');
const limit = Number(arg('--limit') ?? Number.POSITIVE_INFINITY);
const OUT = resolve(import.meta.dirname, '../.cache/eval');
const SEED_URL =
  'https://www.easternherald.com/2025/03/07/olga-lazorkina-28-allied-model-integration-programs/';

type Row = [string, string, string, string];
const table: Row[] = [];
const pct = (x: number | null | undefined) => (x == null ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null | undefined) => (x == null ? '—' : x.toFixed(3));

function polnearPages(): Page[] {
  const dir = join(OUT, 'polnear-pages');
  execFileSync('python3', [
    join(SHARED, 'tools/polnear_pages.py'),
    join(SHARED, 'corpus/polnear/polnear-dev.jsonl'),
    dir,
  ]);
  return readFileSync(join(dir, 'list.tsv'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const [path, url] = l.split('\t');
      return { corpus: 'polnear' as const, path, url, isArticle: true };
    });
}

async function main() {
  if (!sharedAvailable()) {
    console.log(`eval: ../shared/corpus not found at ${SHARED}; nothing to measure.`);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const take = (pages: Page[]) => pages.slice(0, limit);
  const wanted: Page[] = [];
  if (only.has('extraction')) wanted.push(...take(extractionPages()));
  if (only.has('detection') || only.has('metadata'))
    wanted.push(...take(fundusPages()), ...take(readabilityPages()));
  if (only.has('detection')) wanted.push(...take(nonArticlePages()), ...detectFixturePages());
  if (only.has('experts')) wanted.push(...take(labelledPages()));
  if (only.has('polnear')) wanted.push(...take(polnearPages()));
  if (only.has('seed'))
    wanted.push({
      corpus: 'seed',
      path: join(SHARED, 'seed/eastern-herald-article.html'),
      url: SEED_URL,
      isArticle: true,
    });
  const unique = [...new Map(wanted.map((p) => [p.path, p])).values()];
  const started = Date.now();
  const results = await runPages(unique, {
    baseline: withBaseline,
    onProgress: process.stderr.isTTY
      ? (n) => process.stderr.write(`\r  analyzed ${n}/${unique.length} pages`)
      : undefined,
  });
  process.stderr.write(
    `\r  analyzed ${unique.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
  );
  const byPath = new Map(results.map((r) => [r.page.path, r]));
  const of = (pages: Page[]) => pages.map((p) => byPath.get(p.path)).filter((r): r is PageResult => !!r);
  const errors = results.filter((r) => 'error' in r.ours);
  for (const e of errors) console.error(`error: ${e.page.path}: ${String(e.ours.error).split('\n')[0]}`);
  // score.py matches pages on their file name, and every readability page is named source.html:
  // such pages are scored under their folder's name.
  const key = (p: Page) => (p.corpus === 'readability' ? `${basename(dirname(p.path))}.html` : p.path);
  const dump = (name: string, rs: PageResult[], which: 'ours' | 'baseline') =>
    writeJsonl(
      join(OUT, `${name}.${which}.jsonl`),
      rs.map((r) => ({ ...(r[which] ?? { error: 'not run' }), path: key(r.page) })),
    );

  if (only.has('extraction')) {
    const rs = of(take(extractionPages()));
    const gt = join(SHARED, 'corpus/extraction-benchmark/ground-truth.json');
    const o = scorePy('extraction', dump('extraction', rs, 'ours'), gt);
    const b = withBaseline ? scorePy('extraction', dump('extraction', rs, 'baseline'), gt) : {};
    table.push(['Main text F1 (extraction-benchmark, 181)', num(o.f1), num(b.f1), '≥ 0.970']);
    table.push(['  precision', num(o.precision), num(b.precision), '≥ 0.950']);
    table.push(['  recall', num(o.recall), num(b.recall), '≥ 0.975']);
    table.push([
      '  pages with an error',
      String(o.missing_or_error ?? '—'),
      String(b.missing_or_error ?? '—'),
      '0',
    ]);
  }

  if (only.has('detection')) {
    const groups: [string, PageResult[]][] = [
      ['readability-pages', of(take(readabilityPages()))],
      ['fundus (all articles)', of(take(fundusPages()))],
      ['non-articles', of(take(nonArticlePages()))],
      ['detect-* fixtures', of(detectFixturePages())],
    ];
    const all = groups.flatMap(([, rs]) => rs);
    const acc = (rs: PageResult[], which: 'ours' | 'baseline') =>
      rs.length ? rs.filter((r) => !!r[which]?.isArticle === !!r.page.isArticle).length / rs.length : null;
    table.push([
      'Detection, all pages right',
      pct(acc(all, 'ours')),
      withBaseline ? pct(acc(all, 'baseline')) : '—',
      '≥ 97%',
    ]);
    for (const [name, rs] of groups)
      table.push([
        `  ${name} right`,
        pct(acc(rs, 'ours')),
        withBaseline ? pct(acc(rs, 'baseline')) : '—',
        name.startsWith('fundus') ? '≥ 98%' : '',
      ]);
    writeFileSync(
      join(OUT, 'detection-misses.tsv'),
      all
        .filter((r) => !!r.ours.isArticle !== !!r.page.isArticle)
        .map((r) => `${r.page.path}\t${r.page.isArticle}\t${r.ours.articleScore}`)
        .join('\n') + '\n',
    );
  }

  if (only.has('metadata')) {
    const fundus = of(take(fundusPages()));
    const labels = join(OUT, 'fundus-labels.json');
    writeFileSync(
      labels,
      JSON.stringify({
        pages: fundus.map((r) => ({
          page: r.page.path,
          outlet: r.page.outlet,
          authors: r.page.authors,
          published: r.page.published,
          isArticle: true,
        })),
      }),
    );
    const o = scorePy('metadata', dump('fundus', fundus, 'ours'), labels);
    const b = withBaseline ? scorePy('metadata', dump('fundus', fundus, 'baseline'), labels) : {};
    const titles = (rs: PageResult[], which: 'ours' | 'baseline') =>
      rs.filter((r) => titleMatch(r.page.title, r[which]?.title as string)).length / (rs.length || 1);
    table.push([
      'Fundus title right (258)',
      pct(titles(fundus, 'ours')),
      withBaseline ? pct(titles(fundus, 'baseline')) : '—',
      '≥ 95%',
    ]);
    table.push(['Fundus authors, exact set', pct(o.authors_accuracy), pct(b.authors_accuracy), '≥ 90%']);
    table.push(['Fundus published date', pct(o.date_accuracy), pct(b.date_accuracy), '≥ 95%']);
    // Right when the name matches the publisher's registry name or its enum ID (score.py's
    // outlet_match, ported); the ID alone, as score.py scores the labels, on the next row.
    const named = (rs: PageResult[], which: 'ours' | 'baseline') =>
      rs.filter((r) => {
        const got = (r[which]?.outlet as { name?: string } | undefined)?.name;
        return [r.page.outlet, ...(r.page.outletNames ?? [])].some((g) => outletMatch(g, got));
      }).length / (rs.length || 1);
    table.push([
      'Fundus outlet name (registry name or ID)',
      pct(named(fundus, 'ours')),
      withBaseline ? pct(named(fundus, 'baseline')) : '—',
      '≥ 95%',
    ]);
    table.push(['  outlet = publisher ID only', pct(o.outlet_accuracy), pct(b.outlet_accuracy), '']);
    const rp = of(take(readabilityPages())).filter((r) => r.page.outlet);
    const rpLabels = join(OUT, 'readability-labels.json');
    writeFileSync(
      rpLabels,
      JSON.stringify({
        pages: rp.map((r) => ({
          page: key(r.page),
          outlet: r.page.outlet,
          authors: [],
          published: null,
          isArticle: r.page.isArticle,
        })),
      }),
    );
    const ro = scorePy('metadata', dump('readability-sitename', rp, 'ours'), rpLabels);
    const rb = withBaseline
      ? scorePy('metadata', dump('readability-sitename', rp, 'baseline'), rpLabels)
      : {};
    table.push([
      `Readability-pages outlet (siteName given, ${rp.length})`,
      pct(ro.outlet_accuracy),
      pct(rb.outlet_accuracy),
      '≥ 95%',
    ]);
    const rpAll = of(take(readabilityPages()));
    table.push([
      `Readability-pages title (${rpAll.length})`,
      pct(titles(rpAll, 'ours')),
      withBaseline ? pct(titles(rpAll, 'baseline')) : '—',
      '',
    ]);
  }

  if (only.has('experts')) {
    const rs = of(take(labelledPages()));
    const o = scorePy('experts', dump('labels', rs, 'ours'), join(SHARED, 'labels/dev.json'));
    table.push([`Experts name F1 (labels/dev.json, ${rs.length})`, num(o.name_f1), '—', '≥ 0.90']);
    table.push(['  name precision / recall', `${num(o.name_precision)} / ${num(o.name_recall)}`, '—', '']);
    table.push(['  role accuracy', num(o.role_accuracy), '—', '≥ 0.85']);
    table.push(['  institution accuracy', num(o.institution_accuracy), '—', '≥ 0.85']);
    table.push(['  gold quotes under the right person', num(o.quote_recall), '—', '≥ 0.85']);
  }

  if (only.has('polnear')) {
    const rs = results.filter((r) => r.page.corpus === 'polnear');
    const o = scorePy(
      'polnear',
      dump('polnear', rs, 'ours'),
      join(SHARED, 'corpus/polnear/polnear-dev.jsonl'),
    );
    table.push([
      `PolNeAR dev direct named quotes found (${o.direct_named_quotes})`,
      pct(o.found),
      '—',
      '≥ 90%',
    ]);
    table.push(['  speaker right, of found', pct(o.speaker_accuracy_of_found), '—', '≥ 92%']);
    table.push(['  system quote precision', pct(o.system_quote_precision), '—', '']);
  }

  if (only.has('seed')) {
    const r = results.find((x) => x.page.corpus === 'seed');
    const p = join(OUT, 'seed.json');
    writeFileSync(p, JSON.stringify(r?.ours ?? {}));
    let line = '';
    try {
      line = execFileSync(
        'python3',
        [
          join(SHARED, 'tools/score.py'),
          'seed',
          p,
          join(SHARED, 'seed/eastern-herald-article.expected.json'),
        ],
        { encoding: 'utf8' },
      );
    } catch (e) {
      line = String((e as { stdout?: string }).stdout ?? '');
    }
    const fails = line.trim().split('\n').pop() ?? '';
    table.push(['Seed page checks', fails.replace('seed checks failed: ', 'failed: '), '—', 'failed: 0']);
  }

  table.push(['Pages analyzed with an error', String(errors.length), '—', '0']);
  const head: Row = ['figure', 'Sourcelight', 'Readability', 'goal'];
  const widths = head.map((_, i) => Math.max(...[head, ...table].map((r) => r[i].length)));
  const line = (r: Row) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(r));
  console.log(`\n(outputs in ${OUT})`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
