// A small pool of worker threads (one per core) running TypeScript job modules, with a time limit
// per job so that one pathological page cannot stall a benchmark or a test.
import { cpus } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url);

export type JobOutcome<R> = { ok: true; result: R } | { ok: false; error: string };

export async function runInWorkers<J, R>(
  module: URL,
  jobs: J[],
  opts: { workers?: number; timeoutMs?: number; onProgress?: (done: number) => void } = {},
): Promise<JobOutcome<R>[]> {
  const out: JobOutcome<R>[] = new Array(jobs.length);
  const timeoutMs = opts.timeoutMs ?? 120_000;
  let next = 0;
  let done = 0;
  const spawn = () => new Worker(BOOTSTRAP, { workerData: { module: module.href } });
  const lane = async () => {
    let worker = spawn();
    while (next < jobs.length) {
      const id = next++;
      out[id] = await new Promise<JobOutcome<R>>((resolve) => {
        const timer = setTimeout(() => {
          worker.off('message', onMessage);
          worker.terminate();
          worker = spawn();
          resolve({ ok: false, error: `timed out after ${timeoutMs} ms` });
        }, timeoutMs);
        const onMessage = (m: { id: number } & JobOutcome<R>) => {
          if (m.id !== id) return;
          clearTimeout(timer);
          worker.off('message', onMessage);
          resolve(m.ok ? { ok: true, result: m.result } : { ok: false, error: m.error });
        };
        worker.on('message', onMessage);
        worker.postMessage({ id, job: jobs[id] });
      });
      opts.onProgress?.(++done);
    }
    await worker.terminate();
  };
  const size = Math.max(1, Math.min(opts.workers ?? cpus().length, jobs.length));
  await Promise.all(Array.from({ length: size }, lane));
  return out;
}

/** Inside a worker module: answer each job with `handle`'s result, or its error. */
export function serveJobs<J, R>(handle: (job: J) => R | Promise<R>): void {
  parentPort?.on('message', async ({ id, job }: { id: number; job: J }) => {
    try {
      parentPort?.postMessage({ id, ok: true, result: await handle(job) });
    } catch (e) {
      parentPort?.postMessage({ id, ok: false, error: String((e as Error)?.stack ?? e) });
    }
  });
}
