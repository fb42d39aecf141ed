// npx tsx bench/detection-diff.ts [--margin 0.3] [--grep TEXT] [--all]
// Runs only article detection over the detection pages (readability-pages, fundus, non-articles,
// tests/fixtures/detect-*) and prints every miss, and every page decided by less than the margin
// (score within 0.5 ± margin), with the signals that fired and their weights. Much faster than
// `npm run eval -- --only detection`, which stays the reference.
import { closePage, parsePage, readPage } from '../src/cli/load-page.ts';
import { detectArticle } from '../src/core/detect.ts';
import { detectFixturePages, fundusPages, nonArticlePages, readabilityPages } from './corpora.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const margin = Number(arg('--margin') ?? 0.3);
const grep = arg('--grep');
const showAll = argv.includes('--all');

const pages = [...readabilityPages(), ...fundusPages(), ...nonArticlePages(), ...detectFixturePages()].filter(
  (p) => !grep || p.path.includes(grep),
);
const tally = new Map<string, { right: number; all: number }>();
for (const page of pages) {
  const dom = parsePage(readPage(page.path), page.url);
  const d = detectArticle(dom.window.document, page.url);
  closePage(dom);
  const right = d.isArticle === !!page.isArticle;
  const t = tally.get(page.corpus) ?? { right: 0, all: 0 };
  t.all++;
  if (right) t.right++;
  tally.set(page.corpus, t);
  if (showAll || !right || Math.abs(d.score - 0.5) < margin) {
    const name = page.path.split('/').slice(-2).join('/');
    console.log(
      `${right ? ' ' : 'X'} ${page.isArticle ? 'article' : 'other  '} ${d.score.toFixed(2)} ${name}\n    ${JSON.stringify(d.signals)}`,
    );
  }
}
for (const [corpus, t] of tally)
  console.log(`${corpus}: ${t.right}/${t.all} right (${((100 * t.right) / t.all).toFixed(1)}%)`);
