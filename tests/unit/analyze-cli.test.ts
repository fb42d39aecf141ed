// The Node CLI as users run it (`npm run --silent analyze -- --batch LIST.tsv`): one JSON object
// per line, in order, a page that cannot be read giving {path, error} without stopping the batch.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

test('the batch CLI answers every line in order, errors included', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
  // jsdom 29's window.close() throws on an <iframe> inside <svg> (found by fuzz-analyze.test.ts):
  // the page must still come back as an analysis.
  const frames = join(dir, 'svg-iframe.html');
  writeFileSync(
    frames,
    '<!doctype html><title>Frames</title><body><div><svg><iframe></iframe></svg></div><iframe></iframe><p>Text.</p>',
  );
  const missing = join(dir, 'missing.html');
  const list = join(dir, 'list.tsv');
  writeFileSync(list, `${frames}\thttps://example.org/2025/03/07/frames\n${missing}\t\n${frames}\n`);
  const out = execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/analyze.ts', '--batch', list, '--no-html'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const lines = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatchObject({ path: frames, title: 'Frames', isArticle: false });
  expect(lines[0].error).toBeUndefined();
  expect(lines[1].path).toBe(missing);
  expect(lines[1].error).toMatch(/ENOENT/);
  expect(lines[2]).toMatchObject({ path: frames, title: 'Frames' });
}, 60_000);
