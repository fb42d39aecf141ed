// Runs pages through Sourcelight's analyze and plain Readability in a pool of workers.
import type { Page } from './corpora.ts';
import type { WorkerJob } from './page-worker.ts';
import { runInWorkers } from './worker-pool.ts';

export interface PageResult {
  page: Page;
  ours: Record<string, unknown>;
  baseline: Record<string, unknown> | null;
}

type Outcome = { ours: Record<string, unknown>; baseline: Record<string, unknown> | null };

export async function runPages(
  pages: Page[],
  opts: { baseline: boolean; workers?: number; onProgress?: (done: number) => void },
): Promise<PageResult[]> {
  const jobs: WorkerJob[] = pages.map((p) => ({ path: p.path, url: p.url, baseline: opts.baseline }));
  const outcomes = await runInWorkers<WorkerJob, Outcome>(
    new URL('./page-worker.ts', import.meta.url),
    jobs,
    opts,
  );
  return outcomes.map((o, i) => {
    const failed = { path: pages[i].path, error: o.ok ? 'no result' : o.error };
    return {
      page: pages[i],
      ours: o.ok ? o.result.ours : failed,
      baseline: opts.baseline ? (o.ok && o.result.baseline ? o.result.baseline : failed) : null,
    };
  });
}
