// Calls ../shared/tools/score.py (the benchmark's own scoring) and reads its JSON summary.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './corpora.ts';

export function writeJsonl(path: string, rows: unknown[]): string {
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

export function scorePy(cmd: string, ...args: string[]): Record<string, number | null> {
  const out = execFileSync('python3', [join(SHARED, 'tools/score.py'), cmd, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 28,
  });
  const lines = out.trim().split('\n');
  const json = [...lines].reverse().find((l) => l.startsWith('{'));
  return json ? JSON.parse(json) : {};
}

const fold = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Titles match when equal up to case, accents, quote and dash styles and white space. */
export function titleMatch(gold: string | null | undefined, got: string | null | undefined): boolean {
  const g = fold(gold);
  return !!g && g === fold(got);
}
