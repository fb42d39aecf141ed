// Worker: parses each page once with jsdom and runs both Sourcelight's analyze and plain
// Readability (the baseline every figure is compared with) on it.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { closePage, parsePage, readPage } from '../src/cli/load-page.ts';
import { analyze } from '../src/core/analyze.ts';
import { serveJobs } from './worker-pool.ts';

export interface WorkerJob {
  path: string;
  url: string | null;
  baseline: boolean;
}

function run(job: WorkerJob) {
  const dom = parsePage(readPage(job.path), job.url);
  const doc = dom.window.document;
  try {
    let baseline: Record<string, unknown> | null = null;
    if (job.baseline) {
      const readerable = isProbablyReaderable(doc);
      const clone = doc.cloneNode(true) as Document;
      const t0 = performance.now();
      const r = new Readability(clone).parse();
      const ms = performance.now() - t0;
      baseline = {
        path: job.path,
        isArticle: readerable,
        title: r?.title ?? null,
        outlet: { name: r?.siteName ?? null },
        authors: r?.byline ? [{ name: r.byline }] : [],
        published: r?.publishedTime ?? null,
        text: r?.textContent ?? '',
        timingsMs: { readability: ms },
      };
    }
    const ours = {
      path: job.path,
      ...analyze(doc, job.url, { omitHtml: true }, dom.window as unknown as Window),
    };
    return { ours, baseline };
  } finally {
    closePage(dom);
  }
}

serveJobs(run);
