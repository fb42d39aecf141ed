import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { bmpRegexPlugin } from './scripts/bmp-regex-plugin.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Two builds share dist/: the default one makes the extension pages and the background as ES
// modules; `--mode content-script` makes the content script one classic IIFE file, because
// manifest-declared content scripts cannot be ES modules in either browser.
export default defineConfig(({ mode }) => {
  const contentScript = mode === 'content-script';
  return {
    root: here('src'),
    publicDir: contentScript ? false : here('public'),
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: here('dist'),
      emptyOutDir: !contentScript,
      target: ['chrome120', 'firefox128'],
      modulePreload: false,
      sourcemap: false,
      minify: true,
      reportCompressedSize: false,
      ...(contentScript
        ? {
            lib: {
              entry: here('src/content/content.ts'),
              formats: ['iife' as const],
              name: 'sourcelightContent',
              fileName: () => 'content.js',
            },
          }
        : {
            rolldownOptions: {
              input: {
                popup: here('src/popup/popup.html'),
                options: here('src/options/options.html'),
                background: here('src/background/background.ts'),
              },
              output: {
                entryFileNames: (chunk: { name: string }) =>
                  chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js',
              },
            },
          }),
    },
    plugins: contentScript
      ? [bmpRegexPlugin()]
      : [
          bmpRegexPlugin(),
          {
            name: 'sourcelight-manifest',
            writeBundle() {
              copyFileSync(here('manifest.json'), here('dist/manifest.json'));
            },
          },
        ],
    test: {
      root: here('.'),
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            root: here('.'),
            include: ['tests/unit/**/*.test.ts?(x)'],
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            root: here('.'),
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 180_000,
            fileParallelism: false,
            // Real browsers on a shared, loaded machine: give expect.poll time to see a change.
            expect: { poll: { timeout: 10_000, interval: 100 } },
          },
        },
      ],
    },
  };
});
