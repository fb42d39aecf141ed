// Names on pages not in English, where the cue and name rules tuned on English news meet
// languages that capitalize other words: "Obwohl Liat", "Ihre Zustimmung", "Hvis Solskjær" and
// "Para Hurtado" open sentences, and "Nationalrat Thomas Matter" puts the title before the name.

import { isGivenName } from './given-names.ts';

const SAMPLE = 20_000;
// A word is a run of letters. (The build spells \p{L} out as the letters of the BMP, see
// scripts/bmp-regex-plugin.ts.)
const WORD = /\p{L}+/gu;
// (The look back for a letter follows the word, so it runs only where a listed word matches.)
const COMMON = /(the|and|of|to|that|is|for|said|with|it|he|she)(?<!\p{L}\1)(?!\p{L})/gu;

/** Whether the text reads as English: its commonest words make up a good share of it. */
export function isMostlyEnglish(text: string): boolean {
  // Counted by two regexes over the sample: a loop over its characters costs more in code the
  // browser runs cold, and a match object for each of up to 3,000 words more still.
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const words = sample.match(WORD)?.length ?? 0;
  const common = sample.match(COMMON)?.length ?? 0;
  return words > 0 && common / words >= 0.08;
}

/** Words as a set answers for them. */
export interface WordSet {
  has(word: string): boolean;
}

/** Every word the text writes in lower case. */
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) out.add(m[0]);
  return out;
}

/**
 * The words `lowerCaseWords` lists, asked for one at a time: only a few names' words are ever
 * asked for, and finding those in the text costs less than a match for every word of it.
 */
export function lowerCaseWordSet(text: string): WordSet {
  const known = new Map<string, boolean>();
  return {
    has(word: string) {
      let found = known.get(word);
      if (found === undefined) {
        found = writesInLowerCase(text, word);
        known.set(word, found);
      }
      return found;
    },
  };
}

const LOWER_CASE_WORD = /^\p{Ll}[\p{L}\p{M}]*$/u;
const ENDS_IN_LETTER = /[\p{L}\p{M}]$/u;
const STARTS_WITH_LETTER = /^[\p{L}\p{M}]/u;

function writesInLowerCase(text: string, word: string): boolean {
  return LOWER_CASE_WORD.test(word) && holdsWholeWord(text, word);
}

/** Whether `word` stands in the text as a whole run of letters and marks (no letter or mark
 * either side; two UTF-16 units are read each side, so that a letter beyond the BMP counts). */
export function holdsWholeWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && ENDS_IN_LETTER.test(text.slice(Math.max(0, at - 2), at))) continue;
    const end = at + word.length;
    if (STARTS_WITH_LETTER.test(text.slice(end, end + 2))) continue;
    return true;
  }
  return false;
}

// Articles, pronouns, conjunctions and prepositions that open sentences (German, French, Spanish,
// Italian, Portuguese, Dutch, Scandinavian, Polish, Czech, Russian, Turkish), besides those the text writes in lower case.
const FUNCTION_WORDS = new Set(
  (
    'als obwohl wovor denn dieser diese dieses diesen diesem ihre ihr ihren seine sein seinen einige ' +
    'einen eine einer ein der die das den dem des wir sie er es nach bei mit für von auch aber doch ' +
    'wie wenn weil dass nun noch schon derselbe dieselbe jeder jede alle man lesen ' +
    'le la les un une des du pour avec selon mais il elle ils nous ce cette ' +
    'el los las una para desde según pero con ese esta este ' +
    'lo gli uno per ma questo questa o os um uma mas ' +
    'het een maar hvis men og det som jeg vi hun han efter ' +
    'jak ale gdy tylko według po ' +
    'podle když také jako ' +
    'после по для как но что это он она они ' +
    've bir bu için ' +
    // Nordic verbs of saying that open a sentence before their speaker ("Kveðst Eydís hafa …").
    'segir sagði kveðst kvað sagðist segist svarar sier sagde säger sade sanoo sanoi'
  ).split(' '),
);

/** A name opening or ending with a common word ("Obwohl Liat", "España La") is no person. */
export function hasCommonWordEdge(words: string[], lower: WordSet): boolean {
  if (words.length < 2) return false;
  const first = words[0].toLocaleLowerCase();
  const last = words[words.length - 1].toLocaleLowerCase();
  if (FUNCTION_WORDS.has(last)) return true;
  return !isGivenName(words[0]) && (FUNCTION_WORDS.has(first) || lower.has(first));
}

/**
 * "Government Meeting", "Chartered Professional Accountants": in English, a name of common words
 * only, each written in lower case elsewhere in the text and none a given name, is no person
 * ("Gordon Brown" has a given name; "Rose Long" too).
 */
export function isCommonWordPhrase(words: string[], writesInLowerCase: (word: string) => boolean): boolean {
  return words.length >= 2 && words.every((w) => !isGivenName(w) && writesInLowerCase(w));
}

/** Titles are compounds or end like nouns of office ("Autorin", "Staatsrat", "Teamkollege"). */
export function isTitleShaped(word: string): boolean {
  return /-|(?:in|er|ent|at|ist|or|ge|rat)$/u.test(word);
}

/**
 * "Nationalrat Thomas Matter": the words before the first given name, when a full name follows
 * them, are a title. Returns how many words the title takes (0 when none).
 */
export function leadingTitleWords(words: string[]): number {
  for (let k = 0; k + 2 <= words.length; k++) {
    if (isGivenName(words[k])) return k;
    // Titles are compounds or end like nouns of office ("Autorin", "Staatsrat", "Teamkollege");
    // a given name the list lacks ("José Manuel Albares") does not.
    if (!isTitleShaped(words[k])) break;
  }
  // "Teamkollege Nico Elvedi": a hyphenated or long compound word before two capitalized words is a
  // title even when the list lacks the given name ("Konstantin von Notz" keeps its particle).
  const first = words[0];
  const compound = first.includes('-') || first.length >= 10;
  return words.length >= 3 && compound && !isGivenName(first) && /^\p{Lu}/u.test(words[1]) ? 1 : 0;
}

/** "Und" or "Während" read as an institution: a one-word name the text also writes in lower case. */
export function isCommonWordName(name: string, lower: WordSet): boolean {
  return !/\s/.test(name) && lower.has(name.toLocaleLowerCase());
}
