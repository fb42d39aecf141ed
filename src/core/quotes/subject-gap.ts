// What may stand between a speaker and the speech verb: a bracket ("Harry Reid (D-Nev.) said"),
// "of Y" ("Gov. Earl Ray Tomblin of West Virginia lauded"), one or more appositions ("Scott Pruitt,
// the Republican attorney general of Oklahoma, one of the states suing the EPA, said"; "James P.
// Kennedy Jr., the U.S. Attorney for …, said"), then adverbs and auxiliaries ("also", "has",
// "on Monday", "in a statement"). Scanned by hand: no backtracking on long gaps.

const ADVERBS = new Set(
  (
    'also later then has had have would will could once previously further again recently ' +
    'repeatedly publicly quickly earlier often always never still even already simply flatly ' +
    'firmly strongly clearly openly privately separately however too ' +
    // German particles between a subject and its verb ("Güvercin aber sagt", "Müller hingegen meint").
    'aber auch jedoch dagegen hingegen indes allerdings dann nun noch bereits schon ebenfalls zudem ' +
    'außerdem wiederum daher deshalb'
  ).split(' '),
);
const FORBIDDEN = /[;:“”"«»]/;
const MAX_APPOSITIONS = 3;

/** Whether `gap` (between a name's end and a cue's start) keeps the name the cue's subject. */
export function isSubjectGap(gap: string): boolean {
  let rest = gap;
  const bracket = /^\s*\(([^()]{1,100})\)/.exec(rest);
  if (bracket) rest = rest.slice(bracket[0].length);
  else {
    const of = /^\s+(?:of|from|at)\s+(?:the\s+)?(?=\p{Lu})/u.exec(rest);
    if (of) {
      // "of West Virginia": capitalized words (and connectors) up to the verb or a comma.
      let at = of[0].length;
      for (let k = 0; k < 8; k++) {
        const m = /^(?:\p{Lu}[\p{L}.'’&-]*|of|and|the|for|&)(?=[\s,]|$)/u.exec(rest.slice(at));
        if (!m) break;
        at += m[0].length;
        if (rest[at] !== ' ') break;
        at++;
      }
      rest = ` ${rest.slice(at)}`;
    }
  }
  if (/^\s*,/.test(rest)) {
    const parts = rest.slice(rest.indexOf(',') + 1).split(',');
    if (parts.length < 2 || parts.length - 1 > MAX_APPOSITIONS) return false;
    for (const part of parts.slice(0, -1)) if (!isApposition(part)) return false;
    rest = parts[parts.length - 1];
  }
  return isAdverbs(rest);
}

export function isApposition(part: string): boolean {
  if (!part.trim() || part.length > 160 || FORBIDDEN.test(part)) return false;
  // A dot ends the sentence unless it closes an abbreviation or an initial ("U.S.", "Jr.").
  for (let i = part.indexOf('.'); i >= 0; i = part.indexOf('.', i + 1)) {
    if (i + 1 < part.length && !/\s/.test(part[i + 1])) continue;
    let w = i;
    while (w > 0 && i - w < 12 && /[\p{L}.]/u.test(part[w - 1])) w--;
    const word = part.slice(w, i);
    if (!/^(?:\p{Lu}[\p{L}.]{0,3}|Inc|Corp|Ltd|Co|Jr|Sr|St)$/u.test(word)) return false;
  }
  return true;
}

/** "also", "has repeatedly", "on Monday", "in a statement", "told Reuters and": or nothing. */
function isAdverbs(s: string): boolean {
  const words = s.trim() ? s.trim().split(/\s+/) : [];
  let i = 0;
  while (i < words.length) {
    const w = words[i].toLowerCase();
    if (ADVERBS.has(w)) {
      i++;
      continue;
    }
    if ((w === 'on' || w === 'last' || w === 'this') && i + 1 < words.length) {
      i += 2;
      continue;
    }
    if (w === 'in' && /^(?:a|an|the)$/i.test(words[i + 1] ?? '') && i + 2 < words.length) {
      i += /,$/.test(words[i + 2]) || i + 3 >= words.length ? 3 : 4;
      continue;
    }
    if (w === 'told' && words[i + 2]?.toLowerCase() === 'and') {
      i += 3;
      continue;
    }
    return false;
  }
  return true;
}
