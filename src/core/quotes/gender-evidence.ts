// Gender a "he" or "she" may refer back to, from the words an article uses about a person rather
// than from a list of given names: "Ilhan Omar is one of the first two Muslim women", "Jane Roe, a
// spokeswoman", "his widow, Ann Lee", a role such as "congresswoman".

const FEMALE = new Set(
  (
    'woman women wife mother daughter sister spokeswoman chairwoman congresswoman businesswoman ' +
    'councilwoman assemblywoman sportswoman stateswoman policewoman actress widow girl grandmother ' +
    'aunt niece queen princess lady mom granddaughter heiress empress duchess countess baroness ' +
    'girlfriend fiancée bride waitress stepmother mum'
  ).split(' '),
);
const MALE = new Set(
  (
    'man men husband father son brother spokesman congressman businessman councilman assemblyman ' +
    'sportsman statesman policeman widower boy grandfather uncle nephew king prince lord dad ' +
    'grandson boyfriend fiancé groom stepfather'
  ).split(' '),
);

/** "f" for "spokeswoman", "m" for "husband", null for words that say nothing of gender. */
export function genderOfNoun(word: string): 'm' | 'f' | null {
  const w = word.toLowerCase();
  if (FEMALE.has(w)) return 'f';
  if (MALE.has(w)) return 'm';
  return null;
}

/** The gender of a role phrase from its head word ("press spokeswoman" -> "f"). */
export function genderOfRole(role: string): 'm' | 'f' | null {
  const words = role.split(/\s+/);
  const g = genderOfNoun(words[words.length - 1] ?? '');
  // German marks a woman's title by its ending, wherever it stands in the phrase: "Executive
  // Director und Expertin für Zahlungsverkehr". (The masculine form is used for anyone.)
  return g ?? (words.some(isGermanFeminineTitle) ? 'f' : null);
}

const GERMAN_FEMININE_END =
  /(?:erin|istin|entin|antin|orin|login|eurin|chefin|ärztin|anwältin|expertin|kandidatin|diplomatin)$/;
const isGermanFeminineTitle = (w: string) =>
  w.length >= 6 && /^\p{Lu}/u.test(w) && GERMAN_FEMININE_END.test(w.toLowerCase());

const LINK = /^(?:,\s+|\s+(?:is|was|became|remains)\s+)/;
const STOP = new Set(['whose', 'his', 'her', 'their', 'its', 'who', 'which', 'that', 'and', 'or', 'with']);

/**
 * Gender from the apposition or predicate right after a name: "X, a spokeswoman for …", "X is one
 * of the first two Muslim women". Another person's relative ("X, whose wife …") says nothing.
 */
export function genderAfterMention(text: string, end: number): 'm' | 'f' | null {
  const rest = text.slice(end, end + 90);
  const link = LINK.exec(rest);
  if (!link) return null;
  const words = rest.slice(link[0].length).split(' ');
  for (let i = 0; i < words.length && i < 7; i++) {
    const raw = words[i];
    if (/['’]s?$/.test(raw)) return null;
    const w = raw.replace(/[^\p{L}-]/gu, '').toLowerCase();
    if (STOP.has(w)) return null;
    const g = genderOfNoun(w);
    if (g) return g;
    if (/[,.;:!?)]$/.test(raw)) return null;
  }
  return null;
}
