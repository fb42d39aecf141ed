// Trimming a run of characters from the ends of a string in linear time. The regex forms
// (`/[,\s]+$/`) retry the run from every start position and go quadratic on a long run that
// does not reach the end: a hostile page can hand us such text.

/** A test for one character; a string is a set of characters (`\s` stands for any whitespace). */
export type CharSet = string | ((ch: string) => boolean);

const SPACE = /^\s$/u;

/** Callers pass a handful of constant sets, thousands of times per page: each is built once. */
const TESTERS = new Map<string, (ch: string) => boolean>();

function tester(set: CharSet): (ch: string) => boolean {
  if (typeof set === 'function') return set;
  let t = TESTERS.get(set);
  if (t) return t;
  const spaces = set.includes('\\s');
  const chars = new Set(Array.from(set.replace('\\s', '')));
  t = (ch) => chars.has(ch) || (spaces && SPACE.test(ch));
  if (TESTERS.size < 256) TESTERS.set(set, t);
  return t;
}

/** `s` without the run of characters in `set` at its end. */
export function trimEndChars(s: string, set: CharSet): string {
  const t = tester(set);
  let end = s.length;
  while (end > 0) {
    // Step over surrogate pairs whole so astral characters test as one.
    const low = s.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end > 1 ? 2 : 1;
    if (!t(s.slice(end - width, end))) break;
    end -= width;
  }
  return s.slice(0, end);
}

/** `s` without the run of characters in `set` at its start. */
export function trimStartChars(s: string, set: CharSet): string {
  const t = tester(set);
  let start = 0;
  while (start < s.length) {
    const cp = s.codePointAt(start) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (!t(s.slice(start, start + width))) break;
    start += width;
  }
  return s.slice(start);
}

/** `s` without the runs of characters in `set` at both ends. */
export function trimChars(s: string, set: CharSet): string {
  return trimEndChars(trimStartChars(s, set), set);
}
