// Meta-tests on the shape of the code: src/core is a pure library over a DOM Document (no
// extension APIs, no timers, no layout reads — it runs in the content script on every page, in
// Node and in tests), and nothing in src/ talks to the network or evaluates code at run time.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { typeScriptFiles } from '../../scripts/typescript-files.ts';

const SRC = resolve(import.meta.dirname, '../../src');

/** Source without comments and string contents, so prose that names an API does not count. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
}

function offenders(dir: string, rules: [string, RegExp][]): string[] {
  return typeScriptFiles(dir).flatMap((f) => {
    const src = code(f);
    return rules.filter(([, re]) => re.test(src)).map(([what]) => `${relative(SRC, f)}: ${what}`);
  });
}

describe('src/core is a pure library', () => {
  test('no extension APIs, timers, storage or layout reads', () => {
    const core = join(SRC, 'core');
    const imports = typeScriptFiles(core).flatMap((f) =>
      /from\s+['"]webextension-polyfill['"]/.test(readFileSync(f, 'utf8'))
        ? [`${relative(SRC, f)}: imports webextension-polyfill`]
        : [],
    );
    expect([
      ...imports,
      ...offenders(core, [
        [
          'extension API',
          /\b(?:browser|chrome)\.(?:runtime|tabs|storage|action|i18n|scripting|contextMenus|commands)\b/,
        ],
        ['timer', /\b(?:setTimeout|setInterval|requestAnimationFrame|requestIdleCallback)\s*\(/],
        ['storage', /\b(?:localStorage|sessionStorage|indexedDB)\b/],
        [
          'layout read',
          /\b(?:getComputedStyle|getBoundingClientRect|getClientRects|elementFromPoint|innerText|offset(?:Width|Height|Top|Left|Parent)|client(?:Width|Height|Top|Left)|scroll(?:Width|Height|Top|Left))\b/,
        ],
      ]),
    ]).toEqual([]);
  });
});

describe('no network and no code evaluation anywhere in src/', () => {
  test('no fetch, XHR, sockets, beacons, remote imports or eval', () => {
    expect(
      offenders(SRC, [
        [
          'network request',
          /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\s*\(|new\s+(?:XMLHttpRequest|WebSocket|EventSource)\b/,
        ],
        ['dynamic import', /\bimport\s*\(/],
        ['eval', /\beval\s*\(|new\s+Function\s*\(/],
      ]),
    ).toEqual([]);
  });
});
