// Every page of every corpus in ../shared/corpus (and PolNeAR's articles as pages) is analyzed
// without error into a valid Analysis, and in-place declutter restores each page exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  extractionPages,
  fundusPages,
  nonArticlePages,
  readabilityPages,
  SHARED,
  sharedAvailable,
} from '../../bench/corpora.ts';
import { runInWorkers } from '../../bench/worker-pool.ts';
import type { CorpusCheck, CorpusJob } from './support/corpus-check-worker.ts';

const available = sharedAvailable();
if (!available)
  console.warn(`corpus robustness: ${SHARED}/corpus not found, skipped (CI has it beside the clone).`);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** PolNeAR articles as minimal pages, as ../shared/tools/polnear_pages.py writes them. */
function polnearJobs(): CorpusJob[] {
  const jobs: CorpusJob[] = [];
  for (const file of ['polnear-dev.jsonl', 'polnear-train.jsonl']) {
    for (const line of readFileSync(join(SHARED, 'corpus/polnear', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const art = JSON.parse(line) as { id: string; title?: string; text: string };
      const paras = art.text
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean);
      const body = paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
      jobs.push({
        html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(art.title ?? paras[0] ?? '')}</title></head><body><article>${body}</article></body></html>`,
        url: `https://news.example/${art.id}`,
      });
    }
  }
  return jobs;
}

describe.skipIf(!available)('every corpus page', () => {
  test('is analyzed into a valid Analysis, and declutter restores it exactly', async () => {
    const pages = [...extractionPages(), ...readabilityPages(), ...fundusPages(), ...nonArticlePages()];
    pages.push({
      corpus: 'seed',
      path: join(SHARED, 'seed/eastern-herald-article.html'),
      url: 'https://www.easternherald.com/2025/03/07/olga-lazorkina-28-allied-model-integration-programs/',
    });
    const jobs: CorpusJob[] = [...pages.map((p) => ({ path: p.path, url: p.url })), ...polnearJobs()];
    const outcomes = await runInWorkers<CorpusJob, CorpusCheck>(
      new URL('./support/corpus-check-worker.ts', import.meta.url),
      jobs,
      { timeoutMs: 180_000 },
    );
    const failures = outcomes.flatMap((o, i) => {
      const where = jobs[i].path ?? jobs[i].url;
      if (!o.ok) return [`${where}: ${o.error.split('\n')[0]}`];
      return [...o.result.problems, ...o.result.stageErrors.map((e) => `stage failed: ${e}`)].map(
        (p) => `${where}: ${p}`,
      );
    });
    expect(failures).toEqual([]);
    expect(jobs.length).toBeGreaterThan(1500);
  }, 3_600_000);
});
