// Worker for the corpus robustness test: analyzes one page and checks the result is a valid
// Analysis, then switches in-place declutter on and off (all blocks, then each "show again")
// and checks the page's DOM and form values are exactly as before.

import { serveJobs } from '../../../bench/worker-pool.ts';
import { closePage, parsePage, readPage } from '../../../src/cli/load-page.ts';
import { Declutter } from '../../../src/content/declutter.ts';
import { analyze } from '../../../src/core/analyze.ts';
import { analysisProblems } from './analysis-shape.ts';

export interface CorpusJob {
  path?: string;
  html?: string;
  url: string | null;
}

export interface CorpusCheck {
  problems: string[];
  stageErrors: string[];
  clutterBlocks: number;
}

function formValues(doc: Document): string {
  return JSON.stringify(
    [...doc.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value),
  );
}

serveJobs<CorpusJob, CorpusCheck>((job) => {
  const dom = parsePage(job.html ?? readPage(job.path!), job.url);
  const doc = dom.window.document;
  try {
    const before = doc.documentElement.outerHTML;
    const forms = formValues(doc);
    const a = analyze(doc, job.url, {}, dom.window as unknown as Window);
    const problems = analysisProblems(a);
    if (doc.documentElement.outerHTML !== before) problems.push('analyze changed the page');
    const declutter = new Declutter();
    declutter.on(doc, job.url ?? 'https://example.org/');
    const blocks = declutter.list();
    for (const b of blocks) declutter.setShown(b.index, true);
    for (const b of blocks) declutter.setShown(b.index, false);
    declutter.off();
    if (doc.documentElement.outerHTML !== before)
      problems.push('declutter on/off did not restore the DOM exactly');
    if (formValues(doc) !== forms) problems.push('declutter changed form values');
    return { problems, stageErrors: a.errors ?? [], clutterBlocks: blocks.length };
  } finally {
    closePage(dom);
  }
});
