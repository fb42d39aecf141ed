// A regex alternation of many words grouped by their first letter ("said|say|told" as
// "s(?:aid|ay)|t(?:old)"): irregexp tries a flat alternation's words one by one at every position
// of the text; grouped, it tries only those that start with the letter standing there. (A full
// trie matches faster still, but building it costs more than it saves in code run once per page.)

/**
 * The words (letters of the Basic Multilingual Plane, no regex syntax) as one group matching the
 * same strings. Where several words match at one place, which is taken may differ from a flat
 * list's choice: follow the group with a boundary that only one of them can meet.
 */
export function wordAlternation(words: Iterable<string>): string {
  const byLetter = new Map<string, string[]>();
  for (const w of words) {
    const rest = byLetter.get(w[0]);
    if (rest) rest.push(w.slice(1));
    else byLetter.set(w[0], [w.slice(1)]);
  }
  return `(?:${[...byLetter].map(([c, rest]) => `${c}(?:${rest.join('|')})`).join('|')})`;
}
