// The pages of ../shared/corpus, with their gold data, as one list the benchmarks iterate.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../shared');

export interface Page {
  corpus:
    | 'extraction'
    | 'readability'
    | 'fundus'
    | 'non-articles'
    | 'labels'
    | 'polnear'
    | 'seed'
    | 'detect-fixtures';
  path: string;
  url: string | null;
  /** Whether a reader would call it one article (detection gold). */
  isArticle?: boolean;
  title?: string | null;
  authors?: string[];
  published?: string | null;
  outlet?: string | null;
  /** Other names the outlet goes by in the gold data: for Fundus, its registry name. */
  outletNames?: string[];
}

export function sharedAvailable(): boolean {
  return existsSync(join(SHARED, 'corpus'));
}

const json = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

export function extractionPages(): Page[] {
  const dir = join(SHARED, 'corpus/extraction-benchmark');
  const gt = json(join(dir, 'ground-truth.json')) as Record<string, { url: string }>;
  return Object.entries(gt).map(([id, g]) => ({
    corpus: 'extraction',
    path: join(dir, 'html', `${id}.html.gz`),
    url: g.url,
    isArticle: true,
  }));
}

export function readabilityPages(): Page[] {
  const dir = join(SHARED, 'corpus/readability-pages');
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'source.html')))
    .sort()
    .map((slug) => {
      const m = json(join(dir, slug, 'expected-metadata.json'));
      // Readability's own tests run every page as this URL.
      return {
        corpus: 'readability' as const,
        path: join(dir, slug, 'source.html'),
        url: 'http://fakehost/test/page.html',
        isArticle: m.readerable !== false,
        title: m.title ?? null,
        authors: m.byline ? [m.byline] : [],
        published: m.publishedTime ?? null,
        outlet: m.siteName ?? null,
      };
    });
}

const versionKey = (v: string) => (v.match(/\d+/g) ?? []).map(Number);
function compareVersions(a: string, b: string): number {
  const x = versionKey(a);
  const y = versionKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    if (x[i] !== y[i]) return x[i] - y[i];
  }
  return 0;
}

/** Fundus's publisher registry (the `name=` and `domain=` of each PublisherSpec in
 *  flairNLP/fundus src/fundus/publishers/<cc>/__init__.py, MIT, ../shared/corpus/fundus/LICENSE),
 *  for the publishers in our copy: `{ "<cc>/<ID>": { name, domain } }`. */
export function fundusPublishers(): Record<string, { name: string; domain: string }> {
  return json(resolve(import.meta.dirname, 'fundus-publishers.json'));
}

/** Fundus: versions V1, V1_1, V2 … of Publisher.json belong to the publisher's present pages in date order. */
export function fundusPages(): Page[] {
  const dir = join(SHARED, 'corpus/fundus');
  const out: Page[] = [];
  const registry = fundusPublishers();
  for (const cc of readdirSync(dir).sort()) {
    const metaPath = join(dir, cc, 'meta.info');
    if (!existsSync(metaPath)) continue;
    const meta = json(metaPath) as Record<string, { url: string }>;
    const byPublisher = new Map<string, string[]>();
    for (const file of Object.keys(meta)) {
      if (!existsSync(join(dir, cc, file))) continue;
      const publisher = file.replace(/_\d{4}_\d{2}_\d{2}\.html\.gz$/, '');
      byPublisher.set(publisher, [...(byPublisher.get(publisher) ?? []), file]);
    }
    for (const [publisher, files] of byPublisher) {
      const goldPath = join(dir, cc, `${publisher}.json`);
      if (!existsSync(goldPath)) continue;
      const gold = json(goldPath) as Record<
        string,
        { title?: string; authors?: string[]; publishing_date?: string }
      >;
      const versions = Object.keys(gold).sort(compareVersions);
      files.sort().forEach((file, i) => {
        const g = gold[versions[i]];
        if (!g) return;
        out.push({
          corpus: 'fundus',
          path: join(dir, cc, file),
          url: meta[file].url,
          isArticle: true,
          title: g.title ?? null,
          authors: g.authors ?? [],
          published: g.publishing_date ? g.publishing_date.slice(0, 10) : null,
          // The file names carry the publisher's enum ID ("NineNews"); the registry its name.
          outlet: publisher,
          outletNames: registry[`${cc}/${publisher}`] ? [registry[`${cc}/${publisher}`].name] : [],
        });
      });
    }
  }
  return out;
}

export function nonArticlePages(): Page[] {
  const dir = join(SHARED, 'corpus/non-articles');
  return (json(join(dir, 'index.json')) as { page: string; url: string }[]).map((p) => ({
    corpus: 'non-articles',
    path: join(dir, p.page),
    url: p.url,
    isArticle: false,
  }));
}

/** The project's own detection fixtures (tests/fixtures/detect-*), with their URL and label. */
export function detectFixturePages(): Page[] {
  const dir = resolve(import.meta.dirname, '../tests/fixtures');
  return readdirSync(dir)
    .filter((slug) => slug.startsWith('detect-') && existsSync(join(dir, slug, 'expected.json')))
    .sort()
    .map((slug) => {
      const e = json(join(dir, slug, 'expected.json')) as { url: string; isArticle: boolean };
      return {
        corpus: 'detect-fixtures' as const,
        path: join(dir, slug, 'page.html'),
        url: e.url,
        isArticle: e.isArticle,
      };
    });
}

export function labelledPages(): Page[] {
  const dir = join(SHARED, 'labels');
  return (json(join(dir, 'dev.json')).pages as { page: string; url: string; isArticle?: boolean }[]).map(
    (p) => ({
      corpus: 'labels',
      path: resolve(dir, p.page.startsWith('..') ? p.page : join('../corpus', p.page)),
      url: p.url,
      isArticle: p.isArticle ?? true,
    }),
  );
}
