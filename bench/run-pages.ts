// Runs pages through a small pool of workers (one per core), with a time limit per page so that
// one pathological page cannot stall a benchmark.
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Page } from './corpora.ts';

export interface PageResult {
  page: Page;
  ours: Record<string, unknown>;
  baseline: Record<string, unknown> | null;
}

const PAGE_TIMEOUT_MS = 120_000;

export async function runPages(
  pages: Page[],
  opts: { baseline: boolean; workers?: number; onProgress?: (done: number) => void },
): Promise<PageResult[]> {
  const results: PageResult[] = new Array(pages.length);
  let next = 0;
  let done = 0;
  const size = Math.max(1, Math.min(opts.workers ?? cpus().length, pages.length));
  const spawn = () => new Worker(new URL('./page-worker.mjs', import.meta.url));
  const lane = async () => {
    let worker = spawn();
    while (next < pages.length) {
      const id = next++;
      const page = pages[id];
      const outcome = await new Promise<{
        ours?: Record<string, unknown>;
        baseline?: Record<string, unknown>;
        error?: string;
      }>((resolve) => {
        const timer = setTimeout(() => {
          worker.terminate();
          worker = spawn();
          resolve({ error: `timed out after ${PAGE_TIMEOUT_MS} ms` });
        }, PAGE_TIMEOUT_MS);
        const onMessage = (m: { id: number }) => {
          if (m.id !== id) return;
          clearTimeout(timer);
          worker.off('message', onMessage);
          resolve(m as never);
        };
        worker.on('message', onMessage);
        worker.postMessage({ id, path: page.path, url: page.url, baseline: opts.baseline });
      });
      results[id] = {
        page,
        ours: outcome.ours ?? { path: page.path, error: outcome.error ?? 'no result' },
        baseline: opts.baseline
          ? (outcome.baseline ?? { path: page.path, error: outcome.error ?? 'no result' })
          : null,
      };
      opts.onProgress?.(++done);
    }
    await worker.terminate();
  };
  await Promise.all(Array.from({ length: size }, lane));
  return results;
}
