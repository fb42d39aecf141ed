// npx tsx bench/metadata-diff.ts [--corpus fundus|readability] [--field title,authors,date,outlet]
//   [--grep TEXT] [--all] [--strip-meta]
// Runs only the metadata stage over a corpus and prints every miss, gold next to ours, with the
// same matching rules as score.py (names: family name + initial; outlets: outlet_match against the
// gold ID or the publisher's registry name) and bench/score.ts (titles). Fast enough to iterate on;
// `npm run eval` stays the reference.
// --strip-meta removes every <meta> and JSON-LD block first, to measure the visible sources alone.
import { closePage, parsePage, readPage } from '../src/cli/load-page.ts';
import { extractMetadata } from '../src/core/metadata/extract-metadata.ts';
import { fundusPages, type Page, readabilityPages } from './corpora.ts';
import { titleMatch } from './score.ts';
import { namesMatch, outletMatch } from './score-match.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const corpus = arg('--corpus') ?? 'fundus';
const fields = new Set((arg('--field') ?? 'title,authors,date,outlet').split(','));
const grep = arg('--grep');
const showAll = argv.includes('--all');
const stripMeta = argv.includes('--strip-meta');

const pages: Page[] = corpus === 'readability' ? readabilityPages().filter((p) => p.outlet) : fundusPages();
const hits: Record<string, number> = { title: 0, authors: 0, date: 0, outlet: 0 };
// The outlet counts right when it matches the gold ID or any other name the gold gives it (for
// Fundus, the registry name); the ID alone is kept as a second figure.
let outletById = 0;
let n = 0;
let ms = 0;
for (const page of pages) {
  if (grep && !page.path.includes(grep)) continue;
  const dom = parsePage(readPage(page.path), page.url);
  if (stripMeta)
    for (const el of dom.window.document.querySelectorAll('meta, script[type="application/ld+json" i]'))
      el.remove();
  const t0 = performance.now();
  const m = extractMetadata(dom.window.document, page.url);
  ms += performance.now() - t0;
  closePage(dom);
  n++;
  const ga = page.authors ?? [];
  const sa = m.authors.map((a) => a.name);
  const ok = {
    title: titleMatch(page.title, m.title),
    authors: ga.length === sa.length && ga.every((g) => sa.some((s) => namesMatch(g, s))),
    date: page.published ? (m.published ?? '').slice(0, 10) === page.published : !m.published,
    outlet: [page.outlet, ...(page.outletNames ?? [])].some((g) => outletMatch(g, m.outlet.name)),
  };
  if (outletMatch(page.outlet, m.outlet.name)) outletById++;
  const name = page.path.split('/').slice(-2).join('/');
  for (const f of Object.keys(hits) as (keyof typeof ok)[]) {
    if (ok[f]) hits[f]++;
    if (!fields.has(f) || (ok[f] && !showAll)) continue;
    const [gold, ours] =
      f === 'title'
        ? [page.title, m.title]
        : f === 'authors'
          ? [JSON.stringify(ga), JSON.stringify(sa)]
          : f === 'date'
            ? [page.published, m.published]
            : [[page.outlet, ...(page.outletNames ?? [])].join(' | '), m.outlet.name];
    console.log(`${ok[f] ? 'ok  ' : 'MISS'} ${f.padEnd(7)} ${name}\n     gold: ${gold}\n     ours: ${ours}`);
  }
}
const pct = (x: number) => `${((x / (n || 1)) * 100).toFixed(1)}%`;
const byId = pages.some((p) => p.outletNames?.length) ? ` (publisher ID only ${pct(outletById)})` : '';
console.log(
  `\n${corpus}: ${n} pages; title ${pct(hits.title)}, authors ${pct(hits.authors)}, date ${pct(hits.date)}, outlet ${pct(hits.outlet)}${byId}; metadata ${(ms / (n || 1)).toFixed(2)} ms/page`,
);
