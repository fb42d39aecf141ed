// Builds src/core into one classic script that defines `globalThis.sourcelightBench`, so the speed
// benchmark can run the very code the content script ships inside real pages in Chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { bmpRegexPlugin } from '../scripts/bmp-regex-plugin.ts';

export const BENCH_CACHE = resolve(import.meta.dirname, '../.cache/bench');

export async function buildCoreBundle(): Promise<string> {
  mkdirSync(BENCH_CACHE, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    // As the extension ships it.
    plugins: [bmpRegexPlugin()],
    build: {
      outDir: BENCH_CACHE,
      emptyOutDir: false,
      minify: true,
      target: 'chrome120',
      lib: {
        entry: resolve(import.meta.dirname, 'core-bundle-entry.ts'),
        formats: ['iife'],
        name: 'sourcelightBench',
        fileName: () => 'core-bundle.js',
      },
    },
  });
  return readFileSync(resolve(BENCH_CACHE, 'core-bundle.js'), 'utf8');
}
