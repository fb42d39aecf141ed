// Role and institution from the words around a name: "X, analyst of Y", "X, a professor at Y",
// "X, chief economist at Y (YZ)", "X, who heads Y", "X of Y", "Y's X", "Y analyst X",
// "Secretary of State X" — wherever the person is mentioned in the body.

import { trimEndChars } from '../trim-chars.ts';
import { lowerCaseWordSet } from './common-word-names.ts';
import { isClosingCue } from './cues.ts';
import { readGermanAffiliation, readGermanApposition } from './german-appositions.ts';
import { isAcronym, ORG_KIND_LEAD, readOrg } from './institutions.ts';
import { ACRONYM_COMPOUND, isCompanyWord, isNotNameWord, isNotPersonWord } from './names.ts';
import { isNationality, isPlace } from './places.ts';
import { isGermanPersonNoun, isRoleNoun } from './roles.ts';

export interface PersonFacts {
  role: string | null;
  institution: string | null;
  acronym: string | null;
}

const EMPTY: PersonFacts = { role: null, institution: null, acronym: null };
const LEADING =
  /^(?:(?:who|which)\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|works\s+as|worked\s+as)\s+|(?:is|was|now|currently|formerly|then)\s+)*(?:(?:a|an|the)\s+)?/i;
const HEADS =
  /^who\s+(?:heads|headed|leads|led|runs|ran|directs|directed|chairs|chaired|founded|co-founded|manages|managed|oversees|oversaw)\s+/i;
// A preposition before an organisation, maybe after "the" and a modifier ("the right-wing Kohelet").
// Found in two steps (the preposition, then what follows it, anchored) to stay linear.
const PREPOSITION = /\s(?:of|at|for|with|from|in|on)\s/gu;
const ORG_AHEAD =
  /^(?:the\s+)?(?:[\p{Ll}]+-[\p{Ll}]+\s+|(?:north|south|east|west)(?:ern)?\s+|[\p{Lu}][\p{Ll}]+-based\s+(?:[\p{Ll}-]+\s+){0,2})?[\p{Lu}\d]/u;

interface Split {
  index: number;
  text: string;
}

/** Prepositions in `body` that lead into an organisation name; `text` runs up to the name. */
function findSplits(body: string): Split[] {
  const out: Split[] = [];
  PREPOSITION.lastIndex = 0;
  for (let m = PREPOSITION.exec(body); m; m = PREPOSITION.exec(body)) {
    let end = m.index + m[0].length;
    while (end < body.length && /\s/.test(body[end])) end++;
    const ahead = body.slice(end, end + 80);
    if (ORG_AHEAD.test(ahead) || ORG_KIND_LEAD.test(ahead)) {
      out.push({ index: m.index, text: body.slice(m.index, end) });
      PREPOSITION.lastIndex = end;
    } else PREPOSITION.lastIndex = m.index + 1;
  }
  return out;
}

/** Facts stated right after a name: the apposition or "of Y". */
export function readAppositionAfter(text: string, end: number): PersonFacts {
  const rest = text.slice(end, end + 260);
  // (Told by the character after the name: "of Y" after a space, an apposition after a comma.)
  if (rest[0] !== ',') {
    const of = /^\s+(?:of|from|at)\s+(?=(?:the\s+)?\p{Lu})/u.exec(rest);
    if (of) {
      const org = readOrg(text, end + of[0].length);
      if (org && isOrgLike(org.name)) return { role: null, institution: org.name, acronym: org.acronym };
    }
    return readGermanAffiliation(text, end) ?? EMPTY;
  }
  const comma = /^,\s+(?:\d{1,3},\s+)?/.exec(rest);
  if (!comma) return EMPTY;
  const phraseEnd = findPhraseEnd(rest, comma[0].length);
  const phrase = rest.slice(comma[0].length, phraseEnd);
  const facts = parseRolePhrase(text, end + comma[0].length, phrase);
  if (facts.role || facts.institution) return facts;
  return readGermanApposition(text, end + comma[0].length, phrase) ?? EMPTY;
}

/** Where an apposition stops: a comma, a dash, a bracket or a sentence end outside abbreviations. */
function findPhraseEnd(s: string, from: number): number {
  let words = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === ' ') words++;
    if (words > 22) return i;
    if (
      c === ',' ||
      c === ';' ||
      c === ':' ||
      c === '–' ||
      c === '—' ||
      c === '"' ||
      c === '“' ||
      c === '”' ||
      c === '\n'
    )
      return i;
    if (c === '(' && !/^\(\p{Lu}[\p{Lu}&.-]{1,9}\)/u.test(s.slice(i, i + 14))) return i;
    if (
      c === '.' &&
      /\s/.test(s[i + 1] ?? ' ') &&
      !/(?:\b\p{Lu}|\bCo|\bInc|\bCorp|\bLtd|\bJr|\bSt)$/u.test(s.slice(Math.max(0, i - 4), i))
    )
      return i;
  }
  return s.length;
}

/** "analyst of the Belarusian Institute…", "a professor at Y", "Y's attorney", "who heads Y". */
export function parseRolePhrase(text: string, at: number, phrase: string): PersonFacts {
  const heads = HEADS.exec(phrase);
  if (heads) {
    const org = readOrg(text, at + heads[0].length);
    return org ? { role: 'head', institution: org.name, acronym: org.acronym } : EMPTY;
  }
  // "who follows Amazon as a managing director at D.A. Davidson", "who is working with Tanzania
  // Gender Networking Programme (TGNP) as Programme Officer": the role after "as", when the
  // clause names the employer too.
  const as = /^(?:who|which)\s.*?\sas\s/i.exec(phrase);
  if (as) {
    const f = parseRolePhrase(text, at + as[0].length, phrase.slice(as[0].length));
    const split = findSplits(as[0])[0];
    const org = split ? readOrg(text, at + split.index + split.text.length) : null;
    const employer = org && isOrgLike(org.name) ? org : null;
    if (!f.role || !(employer || f.institution)) return EMPTY;
    return employer ? { role: f.role, institution: employer.name, acronym: employer.acronym } : f;
  }
  const lead = LEADING.exec(phrase)?.[0] ?? '';
  let body = phrase.slice(lead.length);
  let bodyAt = at + lead.length;
  let institution: string | null = null;
  let acronym: string | null = null;
  // "Y's attorney", "NASA's chief scientist", "Kotak Securities analyst": the organisation first.
  const owner = readOrg(text, bodyAt);
  let ownerPossessive = false;
  if (owner && owner.end - bodyAt < body.length) {
    const after = text.slice(owner.end, bodyAt + body.length).replace(/^['’]s?\s*|^\s+/, '');
    const firstWord = /^[\p{Ll}-]+/u.exec(after)?.[0] ?? '';
    if (firstWord && hasRoleNoun(after) && isOrgName(owner.name) && !NOT_EMPLOYER.test(owner.name)) {
      ownerPossessive = /^['’]/.test(text.slice(owner.end, owner.end + 1));
      institution = owner.name;
      acronym = owner.acronym;
      bodyAt = bodyAt + body.length - after.length;
      body = after;
    }
  }
  // "head of research at Kotak Securities", "an expert … at the Department of X at the U.K.'s
  // University of York": the last "at" names the employer; otherwise the first preposition.
  const splits = findSplits(body);
  const split = [...splits].reverse().find((m) => /^\sat\s/.test(m.text)) ?? splits[0];
  let role = body;
  if (split && !ownerPossessive) {
    const org = readOrg(text, bodyAt + split.index + split.text.length);
    if (org && isOrgLike(org.name)) {
      institution = org.name;
      acronym = org.acronym;
      role = body.slice(0, split.index);
      // "the U.S. Attorney for the Western District of New York", "Minister for Foreign Affairs": a
      // capitalized title "for" a district or a portfolio is the office itself.
      if (/^\sfor\s/.test(split.text) && isCapitalizedTitle(role)) {
        const nameEnd = text.indexOf(org.name, bodyAt + split.index) + org.name.length;
        institution = text.slice(bodyAt, nameEnd);
      }
    }
  }
  // The role ends before a clause of its own ("analyst and former adviser", "… who …").
  const clause = /\s(?:and|who|which|that)\b/i.exec(role);
  if (clause) role = role.slice(0, clause.index);
  role = role.trim();
  // "Scott Lassiter, and his wife, …": a conjunction opens no apposition.
  if (/^(?:and|or|but)\s/i.test(role)) return EMPTY;
  // "Jeremy Hunt, who replaced Kwasi Kwarteng as chancellor", "Pilar Bernabé, told journalists":
  // a clause of its own, not a role.
  if (/^(?:who|which|that|whose)\s/i.test(role) || isClosingCue(role.split(' ', 1)[0])) return EMPTY;
  if (!hasRoleNoun(role) || role.split(/\s+/).length > 10 || isClause(role)) return EMPTY;
  if (!institution) {
    // "Sanjiv Bhasin, Director, IIFL Securities."
    const next = /^,\s+(?=[\p{Lu}])/u.exec(text.slice(bodyAt + body.length, bodyAt + body.length + 4));
    if (next) {
      const org = readOrg(text, bodyAt + body.length + next[0].length);
      if (org && isOrgLike(org.name) && /^\s*(?:[.,;]|$)/.test(text.slice(org.end, org.end + 2))) {
        institution = org.name;
        acronym = org.acronym;
      }
    }
  }
  if (!institution) {
    // "another top NSC aide": an acronym inside the role names the employer.
    const acr = role.split(/\s+/).find((w) => isAcronym(w) && !NOT_EMPLOYER.test(w));
    if (acr) institution = acr;
  }
  return { role: cleanRole(role), institution, acronym };
}

// "joined his delegation in her official capacity", "dando il benvenuto alla premier": a verb and
// its object; "… King's Counsel (KC) once cautioned": the apposition was the subject of a verb.
const VERB_LED =
  /^\p{Ll}+(?:ed|ing|ando|endo)\s+(?:his|her|their|its|the|a|an|our|my|il|lo|la|gli|le|el|los|las|un|una|al|alla|allo)\s/u;
function isClause(role: string): boolean {
  return VERB_LED.test(role) || isClosingCue(role.slice(role.lastIndexOf(' ') + 1));
}

// Acronyms in a role that are a post or a country, not an employer.
const NOT_EMPLOYER = /^(?:CEO|CFO|COO|CTO|CIO|U\.S\.|U\.K\.|US|UK|USA|EU|UN|U\.N\.)$/;

/** "U.S. Attorney", "Special Envoy": every word capitalized, a role noun among them. */
function isCapitalizedTitle(role: string): boolean {
  const words = role.trim().split(/\s+/);
  return words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && hasRoleNoun(role);
}

const ORG_CONNECT = new Set(['of', 'for', 'and', '&']);

// Lower-case words that end a role phrase when walking back from a name.
const STOP_BACK = new Set(
  (
    'said says told tells and or but by with to the a an as according from for on in at that who ' +
    'when where while whom whose which said, added asked than like including include includes ' +
    'wrote writes is was are were be been being has have had will would could should may might ' +
    'also then now after before during since about against among between into onto upon via per of'
  ).split(' '),
);

// "CEO", "co-CEO", "ex-CFO": chief officers print in capitals.
const CAPS_ROLE = /^(?:(?:co|ex|vice)-)?(?:CEO|CFO|COO|CTO|CIO)$/;

// "der Anwalt und " before "Dissident X": the first of two German titles.
const GERMAN_TWO_TITLES = /(?:^|\s)(der|die)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+)\s+und\s+$/u;

/** Facts printed right before a name: "Taliban spokesman X", "NASA's X", "Secretary of State X". */
export function readRoleBefore(
  text: string,
  start: number,
  title: string | null,
  titleOrg: string | null = null,
): PersonFacts {
  let before = text.slice(Math.max(0, start - 160), start);
  // (Nor does it run back over a paragraph break: a heading is no title.)
  const cut = /^[\s\S]*(?:[.!?;:"“”«»(]\s|,\s|\n)/.exec(before);
  // Whether the words before the name open a sentence (no comma before them, and the look back
  // found a boundary or the start of the text).
  const commaCut = cut?.[0].endsWith(', ') ?? false;
  const sentenceStart = !commaCut && (!!cut || start <= 160);
  // A comma ends the phrase too ("…, said Taliban spokesman X" keeps "Taliban spokesman").
  if (cut) before = before.slice(cut[0].length);
  if (!before && !title && cut && isRoleBeforeComma(cut[0])) {
    // "The operator's chief executive, Daniel Weiss, told reporters", "Carlineo's attorney, Sonya
    // Zoghlin, said": the role before a comma.
    const comma = start - (text.slice(0, start).length - text.slice(0, start).trimEnd().length) - 1;
    const f = readRoleBefore(text, comma, null);
    return f.role ? f : EMPTY;
  }
  const toks = before.split(/\s+/).filter(Boolean);
  let t = toks.length;
  // Title words already inside the name run ("InfoNation President", "House Speaker").
  for (const part of [title, titleOrg]) {
    if (!part) continue;
    const n = part.split(/\s+/).length;
    if (
      toks
        .slice(t - n)
        .join(' ')
        .replace(/\.$/, '') === part
    )
      t -= n;
  }
  const roleWords: string[] = [];
  while (t > 0 && roleWords.length < 6) {
    const w = toks[t - 1];
    const inner =
      w === 'of' &&
      roleWords.length > 0 &&
      t > 1 &&
      /^\p{Ll}/u.test(toks[t - 2]) &&
      !STOP_BACK.has(toks[t - 2]);
    const capsRole = CAPS_ROLE.test(w);
    if (!inner && !capsRole && (!/^[\p{Ll}][\p{Ll}-]*$/u.test(w) || STOP_BACK.has(w))) break;
    roleWords.unshift(w);
    t--;
  }
  // The head noun stands right before the name ("Taliban spokesman X"); "woman politician sees X"
  // is a headline's verb, not a role.
  const nearest = roleWords[roleWords.length - 1];
  if (nearest && !isRoleNoun(nearest) && !CAPS_ROLE.test(nearest)) {
    t += roleWords.length;
    roleWords.length = 0;
  }
  let role: string | null = roleWords.length && hasRoleNoun(roleWords.join(' ')) ? roleWords.join(' ') : null;
  if (title && !titleOrg && !roleWords.length) {
    // "Secretary of State Mike Pompeo": the name run holds "State" only.
    const ext = titleWordsBeforeOf(toks, t);
    if (ext && TITLE_HEAD.test(ext)) {
      role = `${ext}${title}`;
      t -= ext.trim().split(/\s+/).length;
    }
  }
  if (title && !role) {
    // "sagt der Anwalt und Dissident Ayman Sheib": German joins two titles with "und".
    const both = GERMAN_TWO_TITLES.exec(`${toks.slice(0, t).join(' ')} `);
    role =
      both && !roleWords.length && isGermanPersonNoun(both[2], both[1] === 'der' ? 'm' : 'f')
        ? `${both[2]} und ${title}`
        : title;
  } else if (title && role && roleWords.length) role = `${role} ${title}`;
  let institution: string | null = titleOrg && isOrgName(titleOrg) ? titleOrg : null;
  // "BKA-Chef Holger Münch", "AfD-Politiker X": German joins the organisation to the title, as
  // English puts it before ("BISI analyst"). (Not "US-Präsident" nor "UN-Botschafter": a country
  // is no institution, and the UN is not an ambassador's employer.)
  const compound = !institution && role === title ? ACRONYM_COMPOUND.exec(title ?? '') : null;
  if (compound && !isPlace(compound[1]) && !NOT_EMPLOYER.test(compound[1])) {
    institution = compound[1];
    role = compound[2];
  }
  // "Interior Minister X" works for the Interior Ministry.
  const ministry = /^(\p{Lu}\p{Ll}+) Minister$/u.exec(title ?? '');
  if (!institution && ministry && !/^(?:Prime|Deputy|Former|Acting|Chief)$/.test(ministry[1]))
    institution = `${ministry[1]} Ministry`;
  if (!institution) {
    // Capitalized words right before the role, or a possessive right before the name.
    let c = t;
    const orgWord = (w: string | undefined) =>
      !!w &&
      /^[\p{Lu}\d][\p{L}\d.&'’-]*$/u.test(w) &&
      // ("The 32-year-old Adv Tšosane": an age.)
      !/-old$/.test(w) &&
      (!isNotNameWord(w) || isCompanyWord(w));
    while (c > 0 && t - c < 6) {
      if (orgWord(toks[c - 1])) c--;
      // "Royal Bank of Canada assistant chief economist": connecting words inside the name.
      else if (c > 2 && ORG_CONNECT.has(toks[c - 1]) && orgWord(toks[c - 2]) && c < t) c -= 2;
      else break;
    }
    if (c < t && (role || /['’]s?$/.test(toks[t - 1]))) {
      const org = toks
        .slice(c, t)
        .join(' ')
        .replace(/['’]s?$/, '');
      // "Royal commentator Lee Cohen", "Art historian X": a common word capitalized because it
      // opens the sentence describes the role.
      if (role && c === 0 && t === 1 && sentenceStart && lowerCaseWordSet(text).has(org.toLowerCase()))
        role = `${org.toLowerCase()} ${role}`;
      else if (isOrgName(org)) institution = org;
    }
  }
  return { role: role ? cleanRole(role) : null, institution, acronym: null };
}

/** Whether `s` ends in "The operator's chief executive, " or "Carlineo's attorney, ". */
function isRoleBeforeComma(s: string): boolean {
  if (!s.endsWith(', ')) return false;
  const body = s.slice(0, -2);
  let i = body.length - 1;
  while (i >= 0 && !',.!?;:\n'.includes(body[i])) i--;
  const seg = body.slice(i + 1).replace(/^[\s"“”’]+/, '');
  if (seg.length < 6 || seg.length > 84) return false;
  return /^(?:The|the)\s/.test(seg) || /^\p{Lu}[\p{L}.&-]*['’]s?\s+\p{Ll}/u.test(seg);
}

const TITLE_HEAD =
  /^(?:Secretary|Minister|Director|Chancellor|Chief|Head|Chairman|Chair|President|Governor|Commissioner|Ambassador|Mayor)\b/;

/** An organisation rather than a nationality or place adjective ("Belarusian", "Jordanian"). */
function isOrgName(name: string): boolean {
  if (/^(?:The|A|An)$/.test(name)) return false;
  // "Belarusian", "South Korean": a nationality, not an organisation.
  if (/^(?:(?:North|South|East|West|Central)\s)?\S+$/.test(name) && name.split('-').every(isNationality))
    return false;
  return isOrgLike(name);
}

function hasRoleNoun(s: string): boolean {
  return s.split(/[\s,]+/).some((w) => isRoleNoun(w.replace(/[^\p{L}-]/gu, '')));
}

/** A capitalized run that names an organisation rather than a person or a place adjective. */
export function isOrgLike(name: string): boolean {
  const words = name.split(/\s+/);
  if (!words.length || !name) return false;
  if (isAcronym(name.replace(/['’]s?$/, ''))) return true;
  if (words.some((w) => isNotPersonWord(w))) return true;
  // One or two capitalized words (a company, "Full Fact", "Edmunds.com"): accepted; the caller
  // drops institutions that turn out to be people.
  return words.length <= 4;
}

const ABBREVIATED_TITLES: Record<string, string> = {
  Gov: 'Governor',
  Sen: 'Senator',
  Rep: 'Representative',
  Gen: 'General',
  Lt: 'Lieutenant',
  Col: 'Colonel',
  Prof: 'Professor',
  Supt: 'Superintendent',
  Capt: 'Captain',
  Sgt: 'Sergeant',
  Adm: 'Admiral',
  Maj: 'Major',
  Det: 'Detective',
  Insp: 'Inspector',
  Pres: 'President',
};

/** "Secretary of " from the tokens before `t` when they end in capitalized words and "of", else null. */
function titleWordsBeforeOf(toks: string[], t: number): string | null {
  if (toks[t - 1] !== 'of') return null;
  let k = t - 1;
  while (k > 0 && /^\p{Lu}\p{L}+$/u.test(toks[k - 1])) k--;
  return k < t - 1 ? `${toks.slice(k, t - 1).join(' ')} of ` : null;
}

function cleanRole(role: string): string {
  // ("Ed Hirs, \u2060an energy fellow": an invisible word joiner before the article.)
  const visible = role.replace(/\p{Cf}/gu, '');
  return (
    trimEndChars(visible.replace(/^(?:(?:a|an|the|its|his|her|their)\s+)+/i, ''), '\\s,.;:')
      // ("State Health Commissioner Dr. Kristina Box": the honorific belongs to the name.)
      .replace(/(?:^|\s)(?:Dr|Mr|Mrs|Ms|Sir|Dame)\.?$/, '')
      .replace(
        /\b(Gov|Sen|Rep|Gen|Lt|Col|Prof|Supt|Capt|Sgt|Adm|Maj|Det|Insp|Pres)\b\.?/g,
        (_, a: string) => ABBREVIATED_TITLES[a] ?? a,
      )
      .trim()
  );
}
