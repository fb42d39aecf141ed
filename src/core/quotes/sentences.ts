// Sentence boundaries inside a paragraph: ". " before a capital or a quotation mark, except after
// abbreviations and initials ("Mr.", "Dr.", "U.S.", "James P. Kennedy"), which news text is full of.

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col capt sgt maj adm st jr sr rev fr hon pres supt insp det ' +
    'no nos vs etc inc corp co ltd bros dept univ est approx ca cf al jan feb mar apr aug sep sept oct nov dec ' +
    'u.s u.k u.n e.u a.m p.m d.c n.y l.a i.e e.g ph.d'
  ).split(' '),
);

export interface Span {
  start: number;
  end: number;
}

/** Sentence spans of `text` (offsets relative to `text`). */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const re = /[.!?…]+["'”’»)]*(?=\s+["'“‘«(\-–—]?[\p{Lu}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    out.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start])) start++;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot);
  if (!word) return false;
  // A single capital letter is an initial ("P."), not a sentence end.
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
