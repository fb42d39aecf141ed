import { expect, test } from 'vitest';
import { trimChars, trimEndChars, trimStartChars } from '../../src/core/trim-chars.ts';

test('trims runs of the given characters, whitespace included with \\s', () => {
  expect(trimEndChars('Jane Doe, \n', ',\\s')).toBe('Jane Doe');
  expect(trimStartChars(' -– Jane', '\\s-–')).toBe('Jane');
  expect(trimChars('|| Outlet ||', '|\\s')).toBe('Outlet');
  expect(trimEndChars('no change', ',')).toBe('no change');
  expect(trimEndChars(',,,', ',')).toBe('');
});

test('astral characters are tested whole', () => {
  expect(trimEndChars('a😀😀', '😀')).toBe('a');
  expect(trimStartChars('😀b', (ch) => ch === '😀')).toBe('b');
  expect(trimEndChars('a😀', ',')).toBe('a😀');
});

test('long runs, reaching the end or not', () => {
  const hostile = `${' '.repeat(200_000)}x`;
  expect(trimEndChars(hostile, ',\\s')).toBe(hostile);
  expect(trimEndChars(`x${' '.repeat(200_000)}`, '\\s')).toBe('x');
});
