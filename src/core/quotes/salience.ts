// Whether a mention is the subject of its clause — at a sentence or paragraph start, after an
// introductory phrase, after a closing quote ("…,” Smith said), after a speech verb ("said Smith.")
// — rather than an object ("threatening to kill Rep. Omar", "the offices of Omar"). A later "he" or
// "she" most likely means the last subject, which is how readers and centering theory resolve it.
import { isCueWord } from './cues.ts';
import { isRoleNoun } from './roles.ts';

const LOWER_TITLE = new Set(
  'the former then late acting senior chief deputy executive vice press company agency campaign state federal'.split(
    ' ',
  ),
);
const CLAUSE_START = new Set('and but so then yet or'.split(' '));
const ABBREVIATION =
  /^(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Del|Adm|Maj|St|Atty|Pres|Supt|Insp|Det|Hon)\.)$/u;
// Read for every character of the words before each mention: ASCII is told by its code.
function isLetter(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128)
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      code === 46 ||
      code === 39 ||
      code === 38 ||
      code === 45
    );
  return /[\p{L}\p{M}.'’&-]/u.test(c);
}

/** The word ending at `end` (exclusive) and where it starts. */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let j = end;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\u00a0')) j--;
  let s = j;
  while (s > 0 && j - s < 40 && isLetter(text[s - 1])) s--;
  return { word: text.slice(s, j), start: s };
}

export function isSubjectPosition(text: string, start: number, end: number): boolean {
  let i = start;
  // Title words before the name belong to it: "Former President", "company CEO", "U.S. Rep.".
  for (let k = 0; k < 6; k++) {
    const { word, start: s } = wordBefore(text, i);
    // "… in March. Carlineo faces": a sentence ends before the name.
    if (/\.$/.test(word) && !ABBREVIATION.test(word)) return true;
    if (!word || !(/^\p{Lu}/u.test(word) || LOWER_TITLE.has(word) || isRoleNoun(word))) break;
    i = s;
  }
  let j = i;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\u00a0')) j--;
  if (j === 0 || text[j - 1] === '\n') return true;
  if (/[.!?;:,"”»(—–―]/.test(text[j - 1])) return true;
  const { word } = wordBefore(text, j);
  if (CLAUSE_START.has(word.toLowerCase())) return true;
  // "said Smith." / "said Smith, a professor": the speaker after the verb.
  return isCueWord(word) && /^\s*[.,;]/.test(text.slice(end, end + 3));
}

const PREPOSITIONS = new Set(
  'of at for with from in to by on about against into over under after before than'.split(' '),
);

/** "the chief executive of the Ohio Grange": a name right after a preposition is no subject. */
export function followsPreposition(text: string, start: number): boolean {
  let { word, start: s } = wordBefore(text, start);
  if (word === 'the' || word === 'The') word = wordBefore(text, s).word;
  return PREPOSITIONS.has(word.toLowerCase());
}
