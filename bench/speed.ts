// npm run bench [-- --quick] [--node-only | --chromium-only] [--repeat K (Chromium, default 3)]
// Speed of Sourcelight's analysis next to Readability's own parse() on the same documents, in Node
// (jsdom) and in headless Chromium (the bundled core injected into the real pages), the content
// script's on-load cost, bundle sizes and scaling. The last line is the Chromium median ratio.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { closePage, parsePage } from '../src/cli/load-page.ts';
import { analyze } from '../src/core/analyze.ts';
import { buildCoreBundle } from './core-bundle.ts';
import { extractionPages, fundusPages, nonArticlePages, type Page, sharedAvailable } from './corpora.ts';
import { runPages } from './run-pages.ts';
import { serveCorpus } from './serve-corpus.ts';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const repeatAt = argv.indexOf('--repeat');
/** Fresh loads of each page in Chromium; the fastest run of each side counts. */
const REPEAT = repeatAt >= 0 ? Math.max(1, Number(argv[repeatAt + 1]) || 1) : 3;
const runNode = !argv.includes('--chromium-only');
const runChromium = !argv.includes('--node-only');
const ROOT = resolve(import.meta.dirname, '..');

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 2 : 1)} ms` : '—');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function stageTable(
  title: string,
  rows: Record<string, number>[],
  baseline: number[],
  corpora: Page['corpus'][],
) {
  const stages = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((s) => s !== 'total');
  console.log(`\n${title} (${rows.length} pages): median / p95`);
  const line = (name: string, xs: number[]) =>
    console.log(
      `  ${name.padEnd(26)} ${ms(quantile(xs, 0.5)).padStart(10)} ${ms(quantile(xs, 0.95)).padStart(10)}`,
    );
  line(
    'analyze (total)',
    rows.map((r) => r.total),
  );
  for (const s of stages)
    line(
      `  ${s}`,
      rows.map((r) => r[s] ?? 0),
    );
  line('Readability parse() alone', baseline);
  const ratios = rows.map((r, i) => r.total / baseline[i]).filter(Number.isFinite);
  const ratio = quantile(ratios, 0.5);
  console.log(
    `  analyze/readability ratio: median ${ratio.toFixed(2)}, p95 ${quantile(ratios, 0.95).toFixed(2)}`,
  );
  const quotesRatio = (only?: Page['corpus']) => {
    const xs = rows
      .map((r, i) => (only && corpora[i] !== only ? Number.NaN : (r.quotes ?? 0) / baseline[i]))
      .filter(Number.isFinite);
    return `median ${quantile(xs, 0.5).toFixed(2)}, p95 ${quantile(xs, 0.95).toFixed(2)}`;
  };
  console.log(`  quotes/readability ratio:  ${quotesRatio()}`);
  // The quotes goal (≤ 0.33 of Readability's parse) is set on the extraction benchmark's pages.
  console.log(`    on extraction-benchmark: ${quotesRatio('extraction')} (goal median ≤ 0.33)`);
  return ratio;
}

function bundleSizes() {
  const dist = resolve(ROOT, 'dist');
  const gz = (p: string) => gzipSync(readFileSync(p)).length;
  console.log('Bundle sizes (gzipped; run `npm run build` first):');
  try {
    const content = gz(resolve(dist, 'content.js'));
    console.log(`  content script  ${kb(content).padStart(9)}   (goal ≤ 200 KB)`);
    const html = readFileSync(resolve(dist, 'popup/popup.html'), 'utf8');
    // Vite writes root-relative asset paths ("/assets/…"): the extension's origin is dist/.
    const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) =>
      m[1].startsWith('/') ? resolve(dist, `.${m[1]}`) : resolve(dist, 'popup', m[1]),
    );
    // Static imports of the popup's entry chunk load with it.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!file.endsWith('.js')) return;
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
        visit(resolve(file, '..', m[1]));
      }
    };
    assets.forEach(visit);
    const popup = [...seen].reduce((n, f) => n + gz(f), 0);
    console.log(`  popup           ${kb(popup).padStart(9)}   (goal ≤ 60 KB; ${seen.size} files)`);
    const all = readdirSync(resolve(dist, 'assets')).reduce(
      (n, f) => n + statSync(resolve(dist, 'assets', f)).size,
      0,
    );
    console.log(`  all page assets ${kb(all).padStart(9)}   (uncompressed)`);
  } catch {
    console.log('  dist/ not built');
  }
}

function syntheticPage(targetBytes: number): string {
  const para = (i: number) =>
    `<p>Paragraph ${i} of a long report: “The figures show a steady rise,” said Dr. Anna Berg, an economist at the Nordic Policy Institute. Analysts expect the trend to continue through the year, according to the ministry's latest review of regional trade and investment.</p>`;
  const teaser = (i: number) =>
    `<div class="card"><h3><a href="/story/${i}">Teaser story number ${i}</a></h3><p>Short dek ${i}.</p></div>`;
  let body = '';
  let i = 0;
  while (body.length < targetBytes) {
    body += para(i);
    if (i % 10 === 0) body += `<aside><h4>Related</h4>${teaser(i)}${teaser(i + 1)}</aside>`;
    i++;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic long report</title></head><body><article><h1>Synthetic long report</h1>${body}</article></body></html>`;
}

const SCALE_URL = 'https://example.org/2026/01/01/report';

function scale() {
  const time = (html: string) => {
    const dom = parsePage(html, SCALE_URL);
    const t0 = performance.now();
    analyze(dom.window.document, SCALE_URL, { omitHtml: true }, dom.window as unknown as Window);
    const t = performance.now() - t0;
    closePage(dom);
    return t;
  };
  time(syntheticPage(50_000));
  const small = time(syntheticPage(500_000));
  const big = time(syntheticPage(5_000_000));
  console.log(
    `\nScale (Node): 500 KB page ${ms(small)}, 5 MB page ${ms(big)}: ${(big / small).toFixed(1)}× (goal < 10×)`,
  );
}

async function nodeTimings(pages: Page[]) {
  const results = await runPages(pages, { baseline: true, workers: 1 });
  const ok = results.filter((r) => !('error' in r.ours) && r.baseline && !('error' in r.baseline));
  return stageTable(
    'Node (jsdom)',
    ok.map((r) => r.ours.timingsMs as Record<string, number>),
    ok.map((r) => (r.baseline!.timingsMs as Record<string, number>).readability),
    ok.map((r) => r.page.corpus),
  );
}

declare const sourcelightBench: {
  analyze: typeof analyze;
  detectArticle: (doc: Document, url: string) => unknown;
  Readability: new (doc: Document) => { parse(): unknown };
};

/** Debian's Chromium, headless, without the background connections this machine refuses. */
const launchChromium = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });

async function chromiumTimings(bundle: string, articles: Page[], others: Page[]) {
  const all = [...articles, ...others];
  const server = await serveCorpus(all.map((p) => p.path));
  const browser = await launchChromium();
  // Every request but the page itself is refused (the page's scripts are off by CSP, see
  // serve-corpus.ts): the pages render as saved. JavaScript itself stays on, as DOMPurify's
  // Trusted Types policy needs callbacks to run.
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.request().url().startsWith('http://127.0.0.1') ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  const rows: Record<string, number>[] = [];
  const baseline: number[] = [];
  const corpora: Page['corpus'][] = [];
  const detectArticleMs: number[] = [];
  const detectOtherMs: number[] = [];
  for (let i = 0; i < all.length; i++) {
    // Each page is loaded afresh REPEAT times and the fastest run of each side is kept: one busy
    // moment (another process, a collection of the bundle's start-up garbage) shifts a single run
    // by a third either way. Each side has loads of its own: Readability's baseline run would
    // otherwise warm the code of the analysis's own Readability stage.
    let best: { detect: number; readability: number; timings: Record<string, number> } | null = null;
    const fresh = async <T>(run: (url: string) => T) => {
      await page.goto(server.url(i), { waitUntil: 'domcontentloaded', timeout: 30_000 });
      await page.evaluate(bundle);
      return page.evaluate(run, all[i].url ?? server.url(i));
    };
    for (let k = 0; k < REPEAT; k++) {
      try {
        // As the extension runs: detection on load, then the analysis the popup asks for.
        const ours = await fresh((url) => {
          const t0 = performance.now();
          sourcelightBench.detectArticle(document, url);
          const detect = performance.now() - t0;
          return { detect, timings: sourcelightBench.analyze(document, url, {}, window).timingsMs };
        });
        const readability = await fresh(() => {
          const clone = document.cloneNode(true) as Document;
          const t0 = performance.now();
          new sourcelightBench.Readability(clone).parse();
          return performance.now() - t0;
        });
        const r = { ...ours, readability };
        if (!best) best = r;
        else {
          // Every figure, each stage's too, is its own fastest: the quotes stage is set against
          // Readability's fastest parse, not against whichever run was fastest in total.
          for (const [stage, t] of Object.entries(r.timings))
            best.timings[stage] = Math.min(best.timings[stage] ?? t, t);
          best.detect = Math.min(best.detect, r.detect);
          best.readability = Math.min(best.readability, r.readability);
        }
      } catch (e) {
        console.error(`  skipped ${all[i].path}: ${String((e as Error).message).split('\n')[0]}`);
        break;
      }
    }
    if (!best) continue;
    (i < articles.length ? detectArticleMs : detectOtherMs).push(best.detect);
    if (i < articles.length) {
      rows.push(best.timings);
      baseline.push(best.readability);
      corpora.push(all[i].corpus);
    }
  }
  // Scale where the analysis runs for users: jsdom's removal of a child costs time proportional to
  // its preceding siblings, so the Node figure above grows with the page in a way browsers do not.
  const scaleMs: number[] = [];
  // Each size twice, the faster run kept: a single run of the 5 MB page moved the ratio from 6.8
  // to 10.0 when another process took a core.
  for (const size of [50_000, 500_000, 5_000_000]) {
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 2; k++) {
      await page.setContent(syntheticPage(size), { waitUntil: 'domcontentloaded', timeout: 120_000 });
      await page.evaluate(bundle);
      const t = await page.evaluate((url) => {
        const t0 = performance.now();
        sourcelightBench.analyze(document, url, { omitHtml: true }, window);
        return performance.now() - t0;
      }, SCALE_URL);
      best = Math.min(best, t);
    }
    scaleMs.push(best);
  }
  await browser.close();
  await server.close();
  const [, small, big] = scaleMs;
  console.log(
    `\nScale (Chromium): 500 KB page ${ms(small)}, 5 MB page ${ms(big)}: ${(big / small).toFixed(1)}× (goal < 10×)`,
  );
  console.log('\nContent script on-load cost in Chromium (detection only), median / p95:');
  console.log(
    `  article pages      ${ms(quantile(detectArticleMs, 0.5)).padStart(10)} ${ms(quantile(detectArticleMs, 0.95)).padStart(10)}   (goal median ≤ 5 ms)`,
  );
  console.log(
    `  non-article pages  ${ms(quantile(detectOtherMs, 0.5)).padStart(10)} ${ms(quantile(detectOtherMs, 0.95)).padStart(10)}`,
  );
  return stageTable(
    `Chromium (bundled core in the real pages, fastest of ${REPEAT} loads)`,
    rows,
    baseline,
    corpora,
  );
}

/**
 * The first analysis in a browser that has run none yet: what a reader waits for on the first
 * article of a site. The runs above share one renderer, whose V8 keeps compiled regular
 * expressions from page to page; a fresh one compiles each anew (a pattern with Unicode classes
 * such as \p{L} takes 0.1 to 5 ms), and runs our code and Readability's cold. Each side gets its
 * own fresh browser, so neither warms the other.
 */
async function freshRendererTimings(bundle: string, pages: Page[]) {
  const server = await serveCorpus(pages.map((p) => p.path));
  const first = async <T>(i: number, run: string): Promise<T> => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      await context.route('**/*', (route) =>
        route.request().url().startsWith('http://127.0.0.1') ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      await page.goto(server.url(i), { waitUntil: 'domcontentloaded', timeout: 30_000 });
      await page.evaluate(bundle);
      return (await page.evaluate(run)) as T;
    } finally {
      await browser.close();
    }
  };
  const detects: number[] = [];
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < pages.length; i++) {
    try {
      const url = JSON.stringify(pages[i].url ?? server.url(i));
      // As the extension runs: detection on load, then the analysis the popup asks for.
      const [detect, total] = await first<[number, number]>(
        i,
        `(() => { const t = performance.now(); sourcelightBench.detectArticle(document, ${url}); const d = performance.now() - t; return [d, sourcelightBench.analyze(document, ${url}, {}, window).timingsMs.total]; })()`,
      );
      detects.push(detect);
      ours.push(total);
      theirs.push(
        await first<number>(
          i,
          '(() => { const c = document.cloneNode(true); const t = performance.now(); new sourcelightBench.Readability(c).parse(); return performance.now() - t; })()',
        ),
      );
    } catch (e) {
      console.error(`  skipped ${pages[i].path}: ${String((e as Error).message).split('\n')[0]}`);
    }
  }
  await server.close();
  const ratios = ours.map((o, i) => o / theirs[i]);
  console.log(`\nFirst page in a fresh Chromium (${ours.length} pages), median / p95:`);
  console.log(
    `  on-load detection        ${ms(quantile(detects, 0.5)).padStart(10)} ${ms(quantile(detects, 0.95)).padStart(10)}`,
  );
  console.log(
    `  analyze after it         ${ms(quantile(ours, 0.5)).padStart(10)} ${ms(quantile(ours, 0.95)).padStart(10)}`,
  );
  console.log(
    `  Readability parse()      ${ms(quantile(theirs, 0.5)).padStart(10)} ${ms(quantile(theirs, 0.95)).padStart(10)}`,
  );
  console.log(`  analyze/readability ratio: median ${quantile(ratios, 0.5).toFixed(2)}`);
}

async function main() {
  bundleSizes();
  if (!sharedAvailable()) {
    console.log('\n../shared/corpus not found: corpus timings skipped.');
    scale();
    return;
  }
  const take = (ps: Page[], n: number) =>
    quick ? ps.filter((_, i) => i % Math.ceil(ps.length / n) === 0) : ps;
  const articles = [...take(extractionPages(), 20), ...take(fundusPages(), 20)];
  const others = take(nonArticlePages(), 10);
  if (runNode) {
    await nodeTimings(articles);
    scale();
  }
  if (runChromium) {
    // Two browser launches a page: a fixed sample of the extraction benchmark, quick or not.
    const sample = extractionPages();
    const bundle = await buildCoreBundle();
    await freshRendererTimings(
      bundle,
      sample.filter((_, i) => i % Math.ceil(sample.length / 12) === 0),
    );
    const ratio = await chromiumTimings(bundle, articles, others);
    console.log(`\nanalyze/readability median ratio: ${ratio.toFixed(2)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
