// Words that name a position or an occupation ("analyst", "spokeswoman", "chief executive"): the
// head of a role in appositions ("X, analyst of Y") and of descriptors ("the BISI analyst").

import { ownEntry } from '../own-entry.ts';

const ROLE_NOUNS = new Set(
  (
    'analyst analysts expert experts specialist professor lecturer researcher scientist economist ' +
    'strategist spokesman spokeswoman spokesperson representative official officer director ' +
    'president chairman chairwoman chair chairperson ceo cfo coo cto founder co-founder cofounder ' +
    'executive head chief manager minister secretary ambassador envoy diplomat senator congressman ' +
    'congresswoman lawmaker legislator governor mayor deputy adviser advisor consultant counsel ' +
    'attorney lawyer prosecutor judge justice commissioner administrator superintendent inspector ' +
    'commander general admiral colonel captain lieutenant sergeant coach manager player defenseman ' +
    'forward winger goaltender goalie striker midfielder quarterback pitcher teacher principal ' +
    'doctor physician surgeon nurse psychologist psychiatrist epidemiologist pulmonologist ' +
    'cardiologist meteorologist historian author writer editor editor-in-chief journalist ' +
    'correspondent columnist negotiator aide staffer fellow partner owner investor engineer ' +
    'designer architect agent broker trader banker dean rector provost student candidate nominee ' +
    'leader member activist campaigner organizer organiser volunteer resident witness pastor priest ' +
    'bishop rabbi imam cleric spokesmen scholar academic sociologist political scientist ' +
    'director-general secretary-general premier chancellor speaker treasurer auditor ' +
    'controller accountant entrepreneur businessman businesswoman producer actor actress singer ' +
    'artist curator librarian veterinarian pharmacist dentist therapist counselor counsellor ' +
    'planner statistician demographer mathematician physicist chemist biologist geologist ' +
    'ecologist virologist immunologist oncologist neurologist pediatrician paediatrician ' +
    'criminologist political commentator pollster observer master harbourmaster host anchor moderator widow widower ' +
    'mother father wife husband daughter son sister brother victim survivor voter supporter ' +
    'novelist poet playwright filmmaker photographer reporter presenter broadcaster chef farmer'
  ).split(' '),
);

const ABBREVIATED: Record<string, string> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  prof: 'professor',
  supt: 'superintendent',
  capt: 'captain',
  sgt: 'sergeant',
  adm: 'admiral',
  maj: 'major',
  det: 'detective',
  insp: 'inspector',
  pres: 'president',
  chairwoman: 'chairman',
  chairperson: 'chairman',
  chair: 'chairman',
  congresswoman: 'congressman',
};

/** Role heads that may describe any quoted person ("the expert said"). */
export const GENERIC_ROLES = new Set(['expert', 'specialist', 'official', 'source']);

export function isRoleNoun(word: string): boolean {
  const w = withoutRolePrefix(word.toLowerCase());
  if (ROLE_NOUNS.has(w)) return true;
  // (The regex only where it can match, by the last letter: asked of most words of the text.)
  const last = w[w.length - 1];
  if (last !== 't' && last !== 's' && last !== 'n' && last !== 'g') return false;
  return /^[a-z]+(?:olog|ician|ist)s?$/.test(w) && !NOT_ROLES.has(w);
}

// "co-CEO", "ex-minister", "vice-chair": the position is the word after the prefix.
const ROLE_PREFIX = /^(?:co|ex|vice|deputy|acting|interim)-(?=[a-z])/;
function withoutRolePrefix(w: string): string {
  // (Only a hyphenated word has one: asked of most words of the text.)
  return w.includes('-') ? w.replace(ROLE_PREFIX, '') : w;
}

// -ist/-ician words that are not positions.
const NOT_ROLES = new Set([
  'list',
  'mist',
  'fist',
  'twist',
  'wrist',
  'exist',
  'insist',
  'assist',
  'persist',
  'resist',
  'consist',
  'enlist',
  'gist',
  'midst',
  'amidst',
  'heist',
  'moist',
  'hoist',
  'joist',
  'whilst',
  'logician',
]);

/** Only the listed occupations: for capitalized words, where "-ist" may end a surname (Lindqvist). */
export function isListedRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(withoutRolePrefix(word.toLowerCase()));
}

/** The last word of a role phrase, singular, lower case: what descriptors are compared on. */
export function roleHead(role: string): string {
  const lower = role.toLowerCase();
  const prep = /\b(?:of|for|at|in|on|with|to)\b/.exec(lower);
  const words = (prep ? lower.slice(0, prep.index) : lower).trim().split(/\s+/);
  const w = words[words.length - 1] ?? '';
  const head = w
    .replace(/\.$/, '')
    .replace(/(?<=[a-z]{3})s$/, '')
    .replace(/^spokes(wo)?man$|^spokesperson$/, 'spokesman')
    .replace(/^co-?(?=founder|chair|host|director)/, '');
  // A vice president is not the president: "vice" stays part of the head.
  const vice = words.slice(0, -1).includes('vice') || /^vice-/.test(head) ? 'vice ' : '';
  return vice + (ownEntry(ABBREVIATED, head.replace(/^vice-/, '')) ?? head.replace(/^vice-/, ''));
}

/** Whether a person's role fits a descriptor's head: the same head, or for a German noun the same
 *  word or a compound of it ("der Politiker" for an "SPD-Politiker", "der Anwalt" for "Anwalt und
 *  Dissident"). */
export function roleFits(role: string, head: string, german = false): boolean {
  if (!german) return roleHead(role) === head;
  // (Not the other way: "der Übergangstrainer" is not just any "Trainer" named before.)
  if (head.length < 4) return false;
  for (const word of role.split(/\s+/)) {
    if (/^\p{Lu}/u.test(word) && word.toLowerCase().endsWith(head)) return true;
  }
  return false;
}

// German nouns for a person by their ending ("Sprecher", "Expertin", "Neurologe", "Präsident"),
// without the agent nouns that name a company or a body ("der Hersteller", "der Verein").
const GERMAN_PERSON =
  /(?:er|ist|ent|ant|or|loge|eur|chef|coach|walt|arzt|mann|experte|vorsitzende|abgeordnete|beamte|kollege|kandidat|diplomat|soldat)$/;
const GERMAN_FEMININE = /(?:in|frau|ärztin)$/;
const GERMAN_NOT_PERSON = new Set(
  'hersteller anbieter veranstalter betreiber sender konzern verein verband träger versender vermieter'.split(
    ' ',
  ),
);

/** Whether a German noun, with its article's gender, names a person ("der Anwalt", "die Expertin"). */
export function isGermanPersonNoun(noun: string, gender: 'm' | 'f'): boolean {
  const w = noun.toLowerCase();
  if (GERMAN_NOT_PERSON.has(w)) return false;
  return gender === 'f' ? GERMAN_FEMININE.test(w) : GERMAN_PERSON.test(w);
}
