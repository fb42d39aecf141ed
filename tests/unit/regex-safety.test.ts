// Every regular-expression literal in src/ is linear on adversarial input, checked statically
// with recheck (automata theory plus fuzzing): a content script that backtracks catastrophically
// on a hostile page freezes the tab. `npx tsx bench/regex-check.ts` lists the same findings.
import { relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { regexLiterals, unsafeRegexes } from '../../bench/regex-check.ts';

const SRC = resolve(import.meta.dirname, '../../src');

test('every regular expression literal in src/ is safe from super-linear backtracking', async () => {
  const literals = regexLiterals([SRC]);
  // The parser finds them all: src/ has hundreds.
  expect(literals.length).toBeGreaterThan(300);
  const unsafe = await unsafeRegexes(literals);
  expect(
    unsafe.map((r) => `${relative(SRC, r.file)}:${r.line} ${r.status} (${r.why}) /${r.source}/${r.flags}`),
  ).toEqual([]);
}, 600_000);

test('the check does find a catastrophic pattern', async () => {
  const found = await unsafeRegexes([{ file: 'x.ts', line: 1, source: '^(a+)+$', flags: '' }]);
  expect(found.map((r) => r.status)).toEqual(['vulnerable']);
}, 60_000);
