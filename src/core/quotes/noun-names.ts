// Capitalized nouns taken for names on pages not in English, where German capitalizes every noun:
// "Mann Vater", "Anfang März", "Stiftung Warentest" and "Gewerkschaft Komba" are no people, and in
// "Dissident Ayman Sheib" the noun before the name is a title.

import { isTitleShaped, type WordSet } from './common-word-names.ts';
import { isGivenName } from './given-names.ts';

// A capitalized word after a German article is a noun ("der Mann", "eine Stiftung"): the text's own
// evidence, since German writes nouns capitalized wherever they stand. Not after a comma or a
// preposition, where the article may be a relative pronoun ("der Kontrast, den Rizal entwarf"),
// nor the head of a compound ("der Höcke-Partei").
// A preposition merged with its article ("vom Vermögensverwalter", "beim Onlinehändler") and a
// possessive ("unter ihrem Mädchennamen") are never relative pronouns; lower-case adjectives may
// stand between ("der chinesische Onlinemarktplatz").
const AFTER_ARTICLE =
  /(?:(?<![\p{L}\p{M}]|,\s|(?:auf|in|an|mit|von|zu|bei|für|über|unter|nach|vor|aus|durch|gegen|um)\s)(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?)|(?<![\p{L}\p{M}])(?:[Vv]om|[Zz]um|[Zz]ur|[Bb]eim|(?:[Ii]hr|[Ss]ein|[Uu]nser|[Mm]ein|[Dd]ein|[Kk]ein)(?:e[mnrs]?)?))\s(?:\p{Ll}+e[mnrs]?\s){0,2}(\p{Lu}[\p{L}\p{M}]+)(?![\p{L}\p{M}-])/gu;

/** Capitalized words the text uses after an article. */
export function articleNouns(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(AFTER_ARTICLE)) out.add(m[1]);
  return out;
}

// Months (August is a given name too) and words that open an organisation's name.
const MONTHS = new Set(
  'Januar Jänner Februar März April Mai Juni Juli September Oktober November Dezember'.split(' '),
);
// Heads of organisation names, alone or ending a compound ("Terrororganisation", "Landesamt"),
// in German, French, Spanish, Italian and Portuguese.
const ORG_HEAD =
  /(?:stiftung|gewerkschaft|verband|verein|partei|institut|universität|ministerium|amt|organisation|behörde|kommission|gesellschaft|unternehmen|konzern|gericht|fondation|fundación|fondazione|fundação|syndicat|sindicato|association|asociación|associazione|associação|parti|partido|partito|instituto|istituto|université|universidad|università|universidade|ministère|ministerio|ministero|tribunal|tribunale|comisión|commissione|agence|agencia|agenzia)$/u;
// Noun and adjective endings no given name has ("Zustimmung", "Negative", "Islamische"); only on
// longer words, so that "Jung" and "Leung" stay surnames.
// Also case endings no name in the nominative has: Turkish genitives and verbal nouns glued to the
// word ("İlçenin", "Finansmanının", "Önlenmesi"; on a name the suffix follows an apostrophe:
// "İzmir'in") and Polish genitive adjectives ("Białego", "Wielkiego").
const NOT_NAME_ENDING =
  /(?:ung|heit|keit|schaft|ismus|tive|tiven|ische|ischen|liche|lichen|ierte|ierten|[aeıioöuü]n[iıuü]n|m[ae]s[iı]|iego|łego|[nwy]ego)$/u;

function isNounWord(word: string, nouns: WordSet): boolean {
  if (isGivenName(word)) return false;
  // (A dotted capital I lowers to i and a combining dot outside Turkish.)
  const lower = word.replace(/İ/g, 'i').toLocaleLowerCase();
  return (
    nouns.has(word) ||
    MONTHS.has(word) ||
    ORG_HEAD.test(lower) ||
    (lower.length >= 7 && NOT_NAME_ENDING.test(lower))
  );
}

/**
 * How a name on a page not in English reads against the text's nouns: `null` when it is no
 * person (a noun in it and no full name after it), else how many leading words are a title.
 */
export function nounTitleWords(words: string[], nouns: WordSet): number | null {
  if (words.length < 2 || isGivenName(words[0])) return 0;
  let k = 0;
  while (k < words.length && isNounWord(words[k], nouns)) k++;
  // An organisation's name, or a title before a name of at least two words.
  if (k > 0 && ORG_HEAD.test(words[0].toLocaleLowerCase())) return null;
  const rest = words.slice(k);
  if (rest.some((w) => isNounWord(w, nouns))) return null;
  if (k === 0) return 0;
  // "Walliser Staatsrat Mathias Reynard": words of office after the noun belong to the title.
  while (words.length - k > 2 && isTitleShaped(words[k]) && !isGivenName(words[k])) k++;
  return words.length - k >= 2 ? k : null;
}
