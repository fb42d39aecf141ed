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

const TERMINAL = new Set(['.', '!', '?', '…']);
// German closes with “ and ‘ („…“, ‚…‘) and quotes »…« as well as «…».
const CLOSER = new Set(['"', "'", '”', '’', '»', ')', '“', '‘', '«']);
const OPENER = new Set(['"', "'", '“', '‘', '«', '(', '-', '–', '—', '„', '‚', '»']);
const STARTS_SENTENCE = /^[\p{Lu}\p{N}]/u;
const NEXT_TERMINAL = /[.!?…]/g;

// Reported speech and mixed quotes both walk every paragraph's sentences: split each once.
const split = new WeakMap<object, Span[]>();

/** Sentence spans of a paragraph's text, computed once per paragraph (do not modify them). */
export function sentencesOf(para: { text: string }): Span[] {
  let spans = split.get(para);
  if (!spans) {
    spans = splitSentences(para.text);
    split.set(para, spans);
  }
  return spans;
}

/** Sentence spans of `text` (offsets relative to `text`). */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // Walked by hand: a run of end marks, closing marks, then space and a capital or digit (maybe
  // after an opening mark). A regex for this retries long runs of dots from every start. The
  // search for the next end mark is a regex all the same: a loop over every character costs
  // more in code the browser runs cold.
  let i = 0;
  while (i < text.length) {
    NEXT_TERMINAL.lastIndex = i;
    const next = NEXT_TERMINAL.exec(text);
    if (!next) break;
    i = next.index;
    const runStart = i;
    while (i < text.length && TERMINAL.has(text[i])) i++;
    while (i < text.length && CLOSER.has(text[i])) i++;
    const end = i;
    let j = end;
    while (j < text.length && /\s/.test(text[j])) j++;
    if (j === end) continue;
    if (OPENER.has(text[j])) j++;
    if (!STARTS_SENTENCE.test(text.slice(j, j + 2))) continue;
    if (text[runStart] === '.' && end - runStart === 1 && isAbbreviation(text, runStart)) continue;
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
