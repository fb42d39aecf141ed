// Who a speaker reference means: a full name, a surname ("Lazorkina", "Mr. Smith"), a pronoun
// ("she said") or a descriptor ("the BISI analyst", "the expert") resolved to the most recent
// compatible named person. Unnamed sources resolve to nobody.

import { type DescriptorMatch, findDescriptors } from './descriptors.ts';
import { genderOfGivenName, isGivenName } from './given-names.ts';
import { findNameMentions, type NameMention, surnameOf } from './names.ts';
import { GENERIC_ROLES, roleFits } from './roles.ts';

export interface Person {
  id: number;
  /** Fullest form seen. */
  words: string[];
  surname: string;
  gender: 'm' | 'f' | null;
  roles: string[];
  institutions: { name: string; acronym: string | null }[];
  /** Start offsets of every mention, in text order. */
  mentions: number[];
  /** Something says this is a person: a known given name, an honorific, a title, an initial. */
  evidence: boolean;
}

export type Ref =
  | { kind: 'name'; start: number; end: number; mention: NameMention }
  | { kind: 'pronoun'; start: number; end: number; gender: 'm' | 'f' | null }
  | ({ kind: 'descriptor' } & DescriptorMatch);

export interface People {
  persons: Person[];
  refs: Ref[];
  /** The person each name ref resolves to, by its start offset. */
  byMention: Map<number, Person>;
  /** Surname-only mentions that fit several persons ("Clinton" with Bill and Hillary Clinton). */
  ambiguous: Map<number, Person[]>;
  /** The person each pronoun or descriptor outside quotes refers to, by start (resolvePronouns). */
  pronouns: Map<number, Person>;
}

// The look back for a letter comes after the word, so it runs only where the word matches (first,
// it ran at every position of the text).
const PRONOUN = /(he|she|He|She|он|она|Он|Она|er|Er)(?<![\p{L}]\1)(?![\p{L}])/gu;
/** Names, pronouns and descriptors in `text`, and the persons the names make. */
export function findPeople(
  text: string,
  skip: (pos: number) => boolean,
  closedQuoteEnd?: (pos: number) => number,
  title?: string | null,
): People {
  const refs: Ref[] = [];
  const persons: Person[] = [];
  const byMention = new Map<number, Person>();
  const mentions = findNameMentions(text, closedQuoteEnd).filter((m) => !skip(m.start));
  trimToKnownNames(text, mentions);
  // Persons by folded surname and, once full names are read, by folded first word, each list in
  // the order of `persons`: a mention looks only at the persons it can fit (a scan of them all for
  // every mention was a tenth of the quotes stage on long pages).
  const bySurname = new Map<string, Person[]>();
  const byFirstWord = new Map<string, Person[]>();
  const add = (words: string[]) => {
    const p = addPerson(persons, words);
    listUnder(bySurname, fold(p.surname), p);
    return p;
  };
  // Full names first, so surname-only mentions before the full name still resolve ("Clarke said
  // … NASA's Steve Clarke").
  // Longest names first, so "Eriksson Ek" finds "Joel Eriksson Ek" whichever comes first.
  for (const m of [...mentions].sort((a, b) => b.words.length - a.words.length)) {
    if (m.words.length < 2 || m.words.every((w) => /^\p{Lu}\.?$/u.test(w))) continue;
    const person = matchPerson(bySurname.get(fold(surnameOf(m.words))) ?? [], m.words) ?? add(m.words);
    if (m.words.join(' ').length > person.words.join(' ').length && surnameOf(m.words) === person.surname)
      person.words = m.words;
    if (m.gender) person.gender = m.gender;
    if (m.gender || m.title) person.evidence = true;
    person.mentions.push(m.start);
    byMention.set(m.start, person);
  }
  for (const p of persons) if (p.words.length >= 2) listUnder(byFirstWord, fold(p.words[0]), p);
  const ambiguous = new Map<number, Person[]>();
  for (const m of mentions) {
    refs.push({ kind: 'name', start: m.start, end: m.end, mention: m });
    if (byMention.has(m.start)) continue;
    const word = fold(m.words[0].replace(/['’]s?$/, ''));
    const fits = ofGender(bySurname.get(word), m.gender);
    if (fits.length > 1) ambiguous.set(m.start, fits);
    // Of two people with one surname the one the article introduced first is its protagonist
    // ("Former President Bill Clinton … his wife Hillary Clinton … Clinton said").
    let person =
      (fits.length > 1 ? firstIntroduced(fits) : null) ??
      (fits.length ? resolveSurname(fits, m.words[0], m.start) : null) ??
      // "Liu said" after "Liu Xiaming": Chinese, Korean and Hungarian names print the family name first.
      onlyOne(ofGender(byFirstWord.get(word), m.gender));
    // "Clinton said" in a text that never names her in full, under the title "Hillary Clinton
    // Goes After Donald Trump": the title's "Given Surname" names the person.
    if (!person && !fits.length && title && m.words.length === 1) {
      const full = fullNameIn(title, word);
      if (full) {
        person = add(full);
        listUnder(byFirstWord, fold(full[0]), person);
      }
    }
    // "President Obama", "Mr. Barrett": a title or honorific makes a surname a person.
    if (!person && (m.gender || m.title)) {
      person = add(m.words);
      if (person.words.length >= 2) listUnder(byFirstWord, fold(person.words[0]), person);
    }
    if (person) {
      if (m.gender) person.gender = m.gender;
      if (m.gender || m.title) person.evidence = true;
      person.mentions.push(m.start);
      byMention.set(m.start, person);
    }
  }
  for (const p of persons) p.mentions.sort((a, b) => a - b);
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
    const w = m[1].toLowerCase();
    const gender = w === 'he' || w === 'он' || w === 'er' ? 'm' : 'f';
    refs.push({ kind: 'pronoun', start: m.index, end: m.index + m[0].length, gender });
  }
  for (const d of findDescriptors(text)) refs.push({ kind: 'descriptor', ...d });
  refs.sort((a, b) => a.start - b.start);
  return { persons, refs, byMention, ambiguous, pronouns: new Map() };
}

function firstIntroduced(persons: Person[]): Person | null {
  let best: Person | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const p of persons) {
    for (const m of p.mentions) {
      if (m < bestAt) {
        best = p;
        bestAt = m;
      }
    }
  }
  return best;
}

/** The persons listed, leaving out those of the other gender ("Mr. Obama"). */
function ofGender(persons: Person[] | undefined, gender: 'm' | 'f' | null): Person[] {
  if (!persons) return [];
  return gender ? persons.filter((p) => !p.gender || p.gender === gender) : persons.slice();
}

function onlyOne(persons: Person[]): Person | null {
  return persons.length === 1 ? persons[0] : null;
}

function listUnder(index: Map<string, Person[]>, key: string, p: Person): void {
  const list = index.get(key);
  if (list) list.push(p);
  else index.set(key, [p]);
}

/** "ambassador to Britain Liu Xiaming": a run that ends in a name printed alone elsewhere. */
function trimToKnownNames(text: string, mentions: NameMention[]): void {
  const known = new Set(mentions.filter((m) => m.words.length >= 2).map((m) => m.words.join(' ')));
  for (const m of mentions) {
    for (let k = 1; m.words.length - k >= 2; k++) {
      const tail = m.words.slice(k);
      if (!known.has(tail.join(' '))) continue;
      // ("Carlos Gómez Sáez", later "Gómez Sáez": a given name before a double surname.)
      if (isGivenName(m.words[k - 1])) break;
      const at = text.indexOf(tail[0], m.start + 1);
      if (at < 0 || at >= m.end) break;
      m.words = tail;
      m.start = at;
      m.title = null;
      m.titleOrg = null;
      break;
    }
  }
}

/** "Hillary Clinton" in `title` for the folded surname "clinton": a known given name before it. */
function fullNameIn(title: string, surname: string): string[] | null {
  const words = title.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const w = bareWord(words[i]);
    if (fold(w) === surname && isGivenName(words[i - 1]) && /^\p{Lu}\p{Ll}/u.test(words[i - 1]))
      return [words[i - 1], w];
  }
  return null;
}

/** The word without the marks after it and its possessive: "Clinton’s," -> "Clinton". (A loop:
 * a pattern for trailing marks is retried from every mark of a long run.) */
function bareWord(w: string): string {
  let e = w.length;
  while (e > 0 && !/\p{L}/u.test(w[e - 1])) e--;
  if (w[e - 1] === 's' && (w[e - 2] === "'" || w[e - 2] === '’')) e -= 2;
  return w.slice(0, e);
}

function addPerson(persons: Person[], words: string[]): Person {
  const p: Person = {
    id: persons.length,
    words,
    surname: surnameOf(words),
    gender: null,
    roles: [],
    institutions: [],
    mentions: [],
    evidence: isGivenName(words[0]) || words.some((w) => /^\p{Lu}\.$/u.test(w)),
  };
  p.gender = genderOfGivenName(words[0]);
  persons.push(p);
  return p;
}

// Folding is asked for the same few names again and again: remember them (bounded).
const folded = new Map<string, string>();
function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 5000) folded.clear();
    f = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    folded.set(s, f);
  }
  return f;
}

/** Of the persons with the surname of `words`, the latest one whose name `words` fits. */
function matchPerson(persons: Person[], words: string[]): Person | null {
  const given = fold(words[0]);
  for (let i = persons.length - 1; i >= 0; i--) {
    const p = persons[i];
    // "De Blasio" at a sentence start is "Bill de Blasio": a particle takes a capital there.
    if (
      words.length < p.words.length &&
      p.words.slice(-words.length).join(' ').toLowerCase() === words.join(' ').toLowerCase()
    )
      return p;
    const pg = fold(p.words[0]);
    if (pg === given || (pg[0] === given[0] && (pg.length <= 2 || given.length <= 2))) return p;
  }
  return null;
}

/** The person whose surname is `word`: the one mentioned last before `at`, else the first after. */
export function resolveSurname(persons: Person[], word: string, at: number): Person | null {
  const w = fold(word.replace(/['’]s?$/, ''));
  let best: Person | null = null;
  let bestAt = -1;
  let after: Person | null = null;
  let afterAt = Number.POSITIVE_INFINITY;
  for (const p of persons) {
    if (fold(p.surname) !== w) continue;
    for (const m of p.mentions) {
      if (m <= at && m > bestAt) {
        best = p;
        bestAt = m;
      } else if (m > at && m < afterAt) {
        after = p;
        afterAt = m;
      }
    }
  }
  return best ?? after;
}

/** The named person a ref stands for, or null for unnamed and unresolvable speakers. */
export function resolveRef(people: People, ref: Ref, recentSpeaker: Person | null): Person | null {
  if (ref.kind === 'name') {
    // "Clinton said" with two Clintons: the one speaking already goes on speaking.
    const fits = people.ambiguous.get(ref.start);
    if (fits && recentSpeaker && fits.includes(recentSpeaker)) return recentSpeaker;
    return people.byMention.get(ref.start) ?? null;
  }
  if (ref.kind === 'pronoun') return lastPersonBefore(people, ref.start, ref.gender, recentSpeaker);
  return resolveDescriptor(people, ref, recentSpeaker);
}

function lastPersonBefore(
  people: People,
  at: number,
  gender: 'm' | 'f' | null,
  recent: Person | null,
): Person | null {
  const best = people.pronouns.get(at) ?? null;
  if (!best) return null;
  const bestAt = lastMention(best, at);
  if (recent && best !== recent && (!gender || !recent.gender || recent.gender === gender)) {
    // "…," the quoted person said. / He added …: a mention of someone else inside the quote's
    // sentence does not take the pronoun from the person being quoted.
    const recentAt = lastMention(recent, at);
    if (recentAt >= 0 && bestAt - recentAt < 80 && at - recentAt < 400) return recent;
  }
  return best;
}

function lastMention(p: Person, at: number): number {
  let best = -1;
  for (const m of p.mentions) if (m < at && m > best) best = m;
  return best;
}

function resolveDescriptor(
  people: People,
  ref: Extract<Ref, { kind: 'descriptor' }>,
  recent: Person | null,
): Person | null {
  let best: Person | null = null;
  let bestAt = -1;
  for (const p of people.persons) {
    if (!p.roles.some((r) => roleFits(r, ref.head, !!ref.german))) continue;
    const m = lastMention(p, ref.start);
    if (m > bestAt) {
      best = p;
      bestAt = m;
    }
  }
  if (best) return best;
  const salient = people.pronouns.get(ref.start);
  if (salient) return salient;
  // "the expert": whoever was quoted last.
  if (GENERIC_ROLES.has(ref.head) && ref.head !== 'source' && ref.head !== 'official') return recent;
  return null;
}
