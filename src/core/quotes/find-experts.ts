// Quoted experts in the article body: every named person whose words (direct, dash- or
// colon-introduced, or reported) appear, with role, institution and acronym from any mention, and
// each passage anchored so the popup can find it again in the page.
import { isCalendarWord } from '../metadata/dateline.ts';
import { makeAnchor } from '../text-anchor.ts';
import type { Expert, Quote } from '../types.ts';
import { chooseInstitution, findAcronymDefinitions } from './acronyms.ts';
import { readAppositionAfter, readRoleBefore } from './appositions.ts';
import type { Scan } from './attribution.ts';
import { findColonIntroduced } from './colon-introduced.ts';
import {
  hasCommonWordEdge,
  isCommonWordName,
  isCommonWordPhrase,
  isMostlyEnglish,
  leadingTitleWords,
  lowerCaseWordSet,
  type WordSet,
} from './common-word-names.ts';
import { findCompanyBefore, isCompanyRole } from './company-referent.ts';
import { findCues } from './cues.ts';
import { findDashLed } from './dash-led.ts';
import { attributeQuoteSpans } from './direct-quotes.ts';
import { genderAfterMention, genderOfRole } from './gender-evidence.ts';
import { isAcronym, isQualifierOnly } from './institutions.ts';
import { findMixedQuotes } from './mixed-quotes.ts';
import { surnameOf } from './names.ts';
import { articleNouns, nounTitleWords } from './noun-names.ts';
import { collectParagraphs } from './paragraphs.ts';
import type { Passage } from './passage.ts';
import { isInflectedName, isPlace } from './places.ts';
import { resolvePronouns } from './pronouns.ts';
import { findQuoteSpans } from './quote-marks.ts';
import { findReportedSpeech } from './reported-speech.ts';
import { roleHead } from './roles.ts';
import { findPeople, type Person, type Ref, resolveRef } from './speaker-resolution.ts';

export interface QuoteContext {
  /** The article body, after clutter removal. */
  root: Element;
  /** Byline names: not experts unless the body quotes them. */
  authors: string[];
  /** The article's title: it may give the full name the body calls only by surname. */
  title?: string | null;
  /** Called with every passage found and the name it resolved to (tests, debugging). */
  onPassage?: (passage: Passage, speaker: string | null, text: string) => void;
}

// Roles that name no employer: the capitalized word before them is where the person lives or
// works ("Kyiv resident", "the New York businessman"), not an institution.
const NO_EMPLOYER =
  /^(?:resident|local|native|villager|neighbou?r|homeowner|citizen|inhabitant|business(?:man|woman|person)|entrepreneur|billionaire|millionaire)$/;

/** Where a passage's words begin: past the comma or colon that joined it to its cue ("sagte er:
 * „…“", "told reporters, »…«"), which some patterns take in. */
function passageStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && (text[s] === ',' || text[s] === ':' || text[s] === ';' || /\s/.test(text[s]))) s++;
  return s < end ? s : start;
}

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** "July 25 top national security aide", "25. Juli": a date before a title is no organisation. */
function isDate(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length <= 3 &&
    words.some((w) => /\d/.test(w)) &&
    words.every((w) => isCalendarWord(w) || /^\d{1,4}[.,]?$/.test(w))
  );
}

// Texts beyond this are not scanned: the quotes stage must stay cheap next to Readability.
const MAX_CHARS = 200_000;
// The mixed-quote pattern guesses the speaker from the sentence's subject: any passage found
// through a cue of its own wins over it.
const PRIORITY: Record<string, number> = {
  'quote-marks': 4,
  'dash-led': 3,
  'colon-introduced': 3,
  'mixed-quote': 0,
};

const ORG_BEFORE =
  /(?:organi[sz]ation|group|company|firm|charity|coalition|movement|network|association|lobby)\s+$/;

export function findExperts(ctx: QuoteContext): Expert[] {
  try {
    return find(ctx);
  } catch {
    return [];
  }
}

function find(ctx: QuoteContext): Expert[] {
  const body = collectParagraphs(ctx.root);
  if (body.text.length > MAX_CHARS) {
    body.paragraphs = body.paragraphs.filter((p) => p.start + p.text.length <= MAX_CHARS);
    body.text = body.text.slice(0, MAX_CHARS);
  }
  const { text, paragraphs } = body;
  if (!text) return [];
  const spans = findQuoteSpans(paragraphs);
  const quoted = insideSpans(spans.map((s) => [s.outerStart, s.outerEnd] as [number, number]));
  const people = findPeople(
    text,
    quoted,
    spanEnd(spans.filter((s) => s.closed).map((s) => [s.outerStart, s.outerEnd] as [number, number])),
    ctx.title,
  );
  const cues = findCues(text).filter((c) => !quoted(c.start));
  const scan: Scan = { text, refs: people.refs, cues, quoted, known: (r) => people.byMention.has(r.start) };

  // (The patterns read only the scan: what the facts and pronouns below add is for the speakers.)
  const all = [
    ...attributeQuoteSpans(scan, paragraphs, spans),
    ...findDashLed(scan, paragraphs),
    ...findColonIntroduced(scan, paragraphs),
    ...findReportedSpeech(scan, paragraphs),
    ...findMixedQuotes(scan, paragraphs, spans),
  ];
  // No passage names a speaker: nobody is quoted (a passage without one only continues a speaker
  // before it), so the roles, pronouns and institutions of the persons are not needed. Many pages
  // quote nobody. (With onPassage, every passage is still reported.)
  if (!ctx.onPassage && !all.some((p) => p.ref)) return [];

  collectFacts(text, people.persons, people.refs);
  resolvePronouns(people, text, quoted);
  // Two refs are one speaker when they start alike or resolve to the same person ("Trump took to
  // Twitter … what he called Machado's “sex tape.”").
  const person = (r: Ref) =>
    r.kind === 'name' ? people.byMention.get(r.start) : people.pronouns.get(r.start);
  const passages = dedupe(
    text,
    all,
    (a, b) => a.start === b.start || (!!person(a) && person(a) === person(b)),
  );

  // Resolve speakers in text order, so pronouns and descriptors see the speakers before them.
  const bySpeaker = new Map<Person, { p: Passage; direct: boolean }[]>();
  let recent: Person | null = null;
  const named = new Set<Person>();
  let recentPara = -10;
  for (const p of passages) {
    let person: Person | null = null;
    if (p.ref) {
      person = resolveRef(people, p.ref, recent);
      // "The BISI analyst" of an analyst: BISI is the analyst's institution ("The Indiana
      // governor" of a person never called governor says nothing of an institution).
      const head = p.ref.kind === 'descriptor' ? p.ref.head : null;
      if (
        person &&
        p.ref.kind === 'descriptor' &&
        p.ref.org &&
        person.roles.some((r) => roleHead(r) === head)
      )
        person.institutions.push({ name: p.ref.org, acronym: null });
    } else if (p.para - recentPara <= 1) {
      person = recent;
    }
    ctx.onPassage?.(p, person ? person.words.join(' ') : null, text.slice(p.start, p.end));
    if (!person) continue;
    recent = person;
    if (p.ref?.kind === 'name' && !p.pattern.endsWith('according')) named.add(person);
    recentPara = p.para;
    const list = bySpeaker.get(person);
    const item = { p, direct: p.direct };
    if (list) list.push(item);
    else bySpeaker.set(person, [item]);
  }

  const defined = findAcronymDefinitions(text);
  const authors = ctx.authors.map((a) => fold(a));
  const experts: { first: number; expert: Expert }[] = [];
  // The language and, not in English, the text's lower-case words and nouns: read only once a
  // person needs them (many pages quote nobody).
  let language: { lower: WordSet; nouns: WordSet } | null | undefined;
  const notEnglish = () => {
    if (language === undefined) {
      let nouns: Set<string> | undefined;
      language = isMostlyEnglish(text)
        ? null
        : { lower: lowerCaseWordSet(text), nouns: { has: (w) => (nouns ??= articleNouns(text)).has(w) } };
    }
    return language;
  };
  // Every language: the words the text also writes in lower case ("Political analyst X": the
  // sentence's first word, not an organisation).
  let lowerWords: WordSet | undefined;
  const writesInLowerCase = (word: string) =>
    (lowerWords ??= notEnglish()?.lower ?? lowerCaseWordSet(text)).has(word.toLowerCase());
  for (const [person, items] of bySpeaker) {
    if (!isPerson(person, named.has(person))) continue;
    // "Environmental organisation Frack Free Namibia says": introduced as an organisation (the
    // first mention of the whole name: its last word alone may be mentioned before).
    const intro = person.mentions.find((m) => text.startsWith(person.words[0], m));
    if (intro !== undefined && ORG_BEFORE.test(text.slice(Math.max(0, intro - 24), intro))) continue;
    const lang = notEnglish();
    const lower = lang ? lang.lower : null;
    if (lower && hasCommonWordEdge(person.words, lower)) continue;
    if (!lower && isCommonWordPhrase(person.words, writesInLowerCase)) continue;
    const nounTitle = lang ? nounTitleWords(person.words, lang.nouns) : 0;
    if (nounTitle === null) continue;
    const title = lower ? nounTitle + leadingTitleWords(person.words.slice(nounTitle)) : 0;
    const name = person.words.slice(title).join(' ');
    if (title) person.roles.push(person.words.slice(0, title).join(' '));
    if (authors.some((a) => a.endsWith(fold(person.surname)) && a.includes(fold(person.words[0])))) continue;
    // "Carlineo's attorney": a person's name is no institution.
    const personWords = new Set(
      people.persons
        .filter((q) => q !== person && bySpeaker.has(q) && isPerson(q, named.has(q)))
        .map((q) => fold(q.surname)),
    );
    const role = chooseRole(person.roles);
    const forms = person.institutions
      .map((f) => ({ ...f, name: f.name.replace(/\p{Cf}/gu, '').replace(/['’]s?$/, '') }))
      .filter(
        (f) =>
          // ("Usyks Promoter": German writes the genitive without an apostrophe.)
          (/\s/.test(f.name) ||
            !(personWords.has(fold(f.name)) || (lower && personWords.has(fold(f.name).replace(/s$/, ''))))) &&
          !(lower && isCommonWordName(f.name, lower)) &&
          !(TITLE_CASE_WORD.test(f.name) && writesInLowerCase(f.name)) &&
          !isDate(f.name) &&
          !isQualifierOnly(f.name) &&
          !(lower && isInflectedName(f.name, text)) &&
          // A country, state or nationality is no institution unless its government is named.
          !isPlace(f.name),
      );
    // "Kyiv resident Svitlana Onofryichuk": where a resident lives is no institution.
    const { institution, acronym } =
      role && NO_EMPLOYER.test(roleHead(role))
        ? { institution: null, acronym: null }
        : chooseInstitution(forms, defined);
    const quotes: Quote[] = items.map(({ p, direct }) => {
      const start = passageStart(text, p.start, p.end);
      return { text: text.slice(start, p.end), direct, anchor: makeAnchor(text, start, p.end) };
    });
    experts.push({
      first: items[0].p.start,
      expert: {
        name,
        role,
        institution,
        institutionAcronym: acronym && acronym !== institution ? acronym : null,
        quotes,
      },
    });
  }
  return experts.sort((a, b) => a.first - b.first).map((e) => e.expert);
}

/** Roles, institutions and gender evidence from every mention of every person. */
function collectFacts(text: string, persons: Person[], refs: ReturnType<typeof findPeople>['refs']): void {
  const byStart = new Map<number, Person>();
  for (const p of persons) for (const m of p.mentions) byStart.set(m, p);
  const genders = new Map<Person, Set<'m' | 'f'>>();
  const vote = (p: Person, g: 'm' | 'f' | null) => {
    if (!g || p.gender) return;
    const set = genders.get(p) ?? new Set();
    set.add(g);
    genders.set(p, set);
  };
  for (const ref of refs) {
    if (ref.kind !== 'name') continue;
    const person = byStart.get(ref.start);
    if (!person) continue;
    const after = ref.mention.possessive ? null : readAppositionAfter(text, ref.end);
    const before = readRoleBefore(text, ref.start, ref.mention.title, ref.mention.titleOrg);
    for (const f of [after, before]) {
      if (!f) continue;
      if (f.role) {
        person.roles.push(f.role);
        vote(person, genderOfRole(f.role));
      }
      if (f.institution) person.institutions.push({ name: f.institution, acronym: f.acronym });
      else if (f.role && isCompanyRole(f.role)) {
        const company = findCompanyBefore(text, ref.start);
        if (company) person.institutions.push({ name: company, acronym: null });
      }
    }
    if (!ref.mention.possessive) vote(person, genderAfterMention(text, ref.end));
    // "Dariusz Kowal, 61, faces …": an age is said of people.
    if (/^,\s\d{1,3},/.test(text.slice(ref.end, ref.end + 6))) person.evidence = true;
  }
  // Conflicting evidence says nothing.
  for (const [p, set] of genders) if (set.size === 1) p.gender = [...set][0];
}

/**
 * A name with a given name we know, an honorific, a title or a role is a person; so is one that
 * speaks in its own name ("…,” Pat Caddell said) unless it opens with a nationality adjective
 * ("Afghan Taliban").
 */
function isPerson(person: Person, namedSpeaker: boolean): boolean {
  if (person.evidence || person.roles.length) return true;
  return namedSpeaker && person.words.length >= 2 && !/(?:an|ese|ish|i)$/.test(person.words[0]);
}

function chooseRole(roles: string[]): string | null {
  // The first role stated is the article's introduction of the person: usually the fullest.
  const useful = roles.filter((r) => r && !/^(?:mr|mrs|ms|dr)$/i.test(r));
  return useful[0] ?? null;
}

const OPENING_MARK = /^\s*[“"«„»‘]/;

/** Overlapping passages: the one with a speaker, then the stronger pattern, wins. */
function dedupe(text: string, passages: Passage[], sameSpeaker: (a: Ref, b: Ref) => boolean): Passage[] {
  // A reported clause holding a quoted fragment of the same speaker is one mixed quote:
  // "Trump says he is making “a demand” of Obama".
  const merged = new Set<Passage>();
  for (const r of passages) {
    if (!r.pattern.startsWith('reported') && r.pattern !== 'mixed-quote') continue;
    for (const q of passages) {
      if (q.pattern !== 'quote-marks' || q.start < r.start || q.end > r.end + 2) continue;
      if (q.ref && r.ref && !sameSpeaker(q.ref, r.ref)) continue;
      merged.add(q);
      r.direct = true;
    }
  }
  // "When Clinton noted that Trump has not paid taxes ― Trump boasted, “…”": a reported clause
  // ends where another speaker's attribution starts inside it.
  for (const r of passages) {
    if (!r.ref || !r.pattern.startsWith('reported')) continue;
    for (const q of passages) {
      const at = q.ref?.start ?? -1;
      if (q === r || !q.ref || at <= r.start || at >= r.end || q.end > r.end + 2) continue;
      // (Only a quotation right after its speaker and verb: "Trump boasted, “…”".)
      if (q.start < at || q.start - at > 40 || !OPENING_MARK.test(text.slice(q.start, q.start + 2))) continue;
      if (sameSpeaker(q.ref, r.ref)) continue;
      let end = at;
      while (end > r.start && /[\s,;:―—–-]/.test(text[end - 1])) end--;
      if ((text.slice(r.start, end).match(/\p{L}+/gu) ?? []).length >= 4) r.end = end;
    }
  }
  const rank = (p: Passage) => (p.ref ? 10 : 0) + (PRIORITY[p.pattern] ?? 1);
  const sorted = passages
    .filter((p) => !merged.has(p))
    .sort((a, b) => rank(b) - rank(a) || a.start - b.start);
  const kept: Passage[] = [];
  for (const p of sorted) {
    if (kept.some((k) => p.start < k.end && k.start < p.end)) continue;
    kept.push(p);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** For a position inside one of the ranges (in text order, apart), where that range ends; else -1. */
function spanEnd(ranges: [number, number][]): (pos: number) => number {
  return (pos: number) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      // (Indexed, not destructured: asked for every cue, name and pronoun, and cold code reads a
      // destructured pair through the iterator protocol.)
      const s = ranges[mid][0];
      const e = ranges[mid][1];
      if (pos < s) hi = mid - 1;
      else if (pos >= e) lo = mid + 1;
      else return e;
    }
    return -1;
  };
}

function insideSpans(ranges: [number, number][]): (pos: number) => boolean {
  const sorted = ranges.sort((a, b) => a[0] - b[0]);
  return (pos: number) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sorted[mid][0];
      const e = sorted[mid][1];
      if (pos < s) hi = mid - 1;
      else if (pos >= e) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

void surnameOf;
void isAcronym;
