// Ties a cue to its speaker: the reference right before it ("Smith said", "Olga Lazorkina, analyst
// of Y, notes", "she added") or right after it ("said Smith", "according to the analyst").
import type { CueMatch } from './cues.ts';
import { TAKES_LISTENER } from './cues.ts';
import { isRoleNoun } from './roles.ts';
import { followsPreposition } from './salience.ts';
import { findSentenceSubject } from './sentence-subject.ts';
import type { Ref } from './speaker-resolution.ts';
import { isSubjectGap } from './subject-gap.ts';

// Lower-case words that may stand in a title before a name ("company CEO", "9/11 widow").
const TITLE_MODIFIERS = new Set(
  (
    'senior chief deputy executive vice former acting press company agency campaign host co-host ' +
    'state federal city county district national foreign interior defense defence finance health ' +
    'education justice attorney general assistant associate managing lead principal top veteran ' +
    'longtime political legal military police fire union party team club league retired outgoing ' +
    'incoming interim'
  ).split(' '),
);

/** "White House Press Secretary", "company CEO", "the 9/11 widow": title words before a name. */
export function isTitleWords(gap: string, min = 1): boolean {
  const words = gap.trim() ? gap.trim().split(/\s+/) : [];
  if (words.length < min || words.length > 7) return false;
  return words.every(
    (w) =>
      /^[\p{L}\d&.'’/-]+$/u.test(w) &&
      (w === 'the' || /^[\p{Lu}\d]/u.test(w) || isRoleNoun(w) || TITLE_MODIFIERS.has(w.toLowerCase())),
  );
}

function isTitleGap(gap: string): boolean {
  if (!/^\s/.test(gap) || !/\s$/.test(gap)) return false;
  // German puts an article and adjectives first: "sagte der deutsche Sportdirektor Horst Hüttel",
  // "sagt die Ernährungsberaterin Roxana Ehsani".
  const german = GERMAN_TITLE_LEAD.exec(gap);
  if (german) return german[0].length === gap.length || isTitleWords(gap.slice(german[0].length - 1));
  return isTitleWords(gap) || isDescribedRole(gap);
}

const GERMAN_TITLE_LEAD = /^\s+(?:der|die)\s+(?:\p{Ll}+e[mnrs]?\s+){0,2}/u;

// Words that end a description: a clause or a phrase of its own follows.
const NOT_DESCRIPTION = new Set(
  (
    'and or but nor that which who whom whose of for to in on at by with from as than like is was are ' +
    'were be been has have had will would could should may might not also then said says told tells'
  ).split(' '),
);

/** "conservative talk radio host", "the veteran tax lawyer": lower-case words ending in a role. */
function isDescribedRole(gap: string): boolean {
  const words = gap.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  const head = words[words.length - 1];
  if (!isRoleNoun(head) && !TITLE_MODIFIERS.has(head)) return false;
  return words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !NOT_DESCRIPTION.has(w));
}

const APPOSITIVE_START = /,\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;

export interface Scan {
  text: string;
  refs: Ref[];
  cues: CueMatch[];
  /** Whether a position lies inside quotation marks. */
  quoted: (pos: number) => boolean;
  /** Whether a name reference is a person we know (not "Commerce", "Accra Chamber"). */
  known?: (ref: Ref) => boolean;
}

const OWNED_PAPER =
  /^['’]s?\s+(?:brief|statement|letter|memo|filing|lawsuit|complaint|tweet|tweets|post|email|essay|op-ed|memoir|book|speech|testimony)\s{1,3}$/;

/** "Trump’s claim that …": the owner of a claim, warning or promise is its speaker. */
function isOwnedClaim(text: string, gap: string, cueStart: number): boolean {
  // "Ivana Trump's brief said", "Smith's statement added": a paper speaks for its owner.
  if (OWNED_PAPER.test(gap)) return true;
  return (
    /^(?:['’]s?)?\s{1,3}$/.test(gap) &&
    /^(?:claims?|warning|promise)\s+that\b/i.test(text.slice(cueStart, cueStart + 20))
  );
}

/** The speaker reference standing before a cue, if the words between allow it. */
export function speakerBefore(scan: Scan, cueStart: number, floor: number): Ref | null {
  for (let i = lastRefIndexBefore(scan.refs, cueStart); i >= 0; i--) {
    const ref = scan.refs[i];
    if (ref.start < floor) return null;
    if (ref.end > cueStart) continue;
    const gap = scan.text.slice(ref.end, cueStart);
    if (gap.length > 400) return null;
    if (ref.kind === 'name' && ref.mention.possessive) {
      if (isOwnedClaim(scan.text, gap, cueStart) && !scan.quoted(ref.start)) return ref;
      continue;
    }
    // "Scott Pruitt, the attorney general of Oklahoma, said": the descriptor is the name's apposition.
    if (ref.kind === 'descriptor' && i > 0 && /^,\s*$/.test(scan.text.slice(scan.refs[i - 1].end, ref.start)))
      continue;
    // Organisations and places inside an apposition are passed over.
    if (ref.kind === 'name' && scan.known && !scan.known(ref)) continue;
    // (But "footage of Trump saying": a participle right after the name has it as its subject.)
    const participle = /^\p{L}+ing\b/u.test(scan.text.slice(cueStart, cueStart + 16));
    if (
      ref.kind === 'name' &&
      followsPreposition(scan.text, ref.start) &&
      !(participle && /^[\s,]*$/.test(gap))
    )
      continue;
    // A lone comma only closes an appositive name: "The chief executive, Daniel Weiss, told".
    const loneComma =
      /^\s*,\s*$/.test(gap) &&
      !APPOSITIVE_START.test(scan.text.slice(Math.max(0, ref.start - 60), ref.start));
    const fits = /^\s*,\s*$/.test(gap) ? !loneComma : isSubjectGap(gap);
    if (fits && !scan.quoted(ref.start)) return ref;
    // Only the nearest few references can be the subject.
    if (!/^[\s,]/.test(gap) || /[;:!?“”"]|\p{Ll}{3}\.\s/u.test(gap)) return null;
  }
  return null;
}

/** The speaker reference right after a cue ("said Smith", "said the analyst", "said she"). */
export function speakerAfter(scan: Scan, cueEnd: number): Ref | null {
  let i = firstIndexFrom(scan.refs, cueEnd);
  // "said Salesforce CEO Marc Benioff": an organisation in the title is passed over.
  while (
    scan.known &&
    scan.refs[i]?.kind === 'name' &&
    !scan.known(scan.refs[i]) &&
    scan.refs[i + 1] &&
    scan.refs[i + 1].start - cueEnd < 120 &&
    isTitleGap(scan.text.slice(cueEnd, scan.refs[i + 1].start))
  )
    i++;
  const ref = scan.refs[i];
  if (!ref) return null;
  const gap = scan.text.slice(cueEnd, ref.start);
  // "said White House Press Secretary Stephanie Grisham", "said company CEO Andy Vesey".
  if (!/^\s{1,3}$/.test(gap) && !/^\s+(?:by|to)\s+$/.test(gap) && !isTitleGap(gap)) return null;
  if (ref.kind !== 'name' && !/^\s{1,3}$/.test(gap)) return null;
  if (ref.kind === 'name' && ref.mention.possessive) return null;
  // "and said he was standing on principle": the pronoun opens the reported clause.
  if (ref.kind === 'pronoun' && /^\s*\p{L}/u.test(scan.text.slice(ref.end, ref.end + 3))) return null;
  return ref;
}

/** The speaker of a cue: before it, else after it (unless the cue takes a listener there). */
export function speakerOf(scan: Scan, cue: CueMatch, floor: number): Ref | null {
  const before = speakerBefore(scan, cue.start, floor);
  if (before) return before;
  // "called Omar a “terrorist”": weak verbs take their object, not their speaker, after them.
  if (!TAKES_LISTENER.has(cue.text.toLowerCase()) && !cue.weak) {
    const after = speakerAfter(scan, cue.end);
    if (after) return after;
  }
  // "Liu said …, warning: “…”" / "…, adding that …": the participle shares the clause's speaker.
  if (/ing$/i.test(cue.text) && /,\s*$/.test(scan.text.slice(Math.max(floor, cue.start - 3), cue.start))) {
    for (let i = scan.cues.indexOf(cue) - 1; i >= 0; i--) {
      const prev = scan.cues[i];
      if (prev.start < floor) break;
      const ref = speakerBefore(scan, prev.start, floor) ?? (prev.weak ? null : speakerAfter(scan, prev.end));
      if (ref) return ref;
    }
    // "Dean, a former party chairman, poked at the debate, tweeting, “…”": the sentence's subject.
    const subject = findSentenceSubject(scan, floor, cue.start);
    if (subject && subject.ref.kind === 'name') return subject.ref;
  }
  return null;
}

function lastRefIndexBefore(refs: Ref[], pos: number): number {
  let lo = 0;
  let hi = refs.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].start < pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Index of the first ref or cue starting at or after `pos` (they are in text order): loops over
 * the cues of one place start there, not at the article's first cue. */
export function firstIndexFrom(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cue starting at `pos` or right after a few adverbs ("also said", "later told"). */
export function cueAt(scan: Scan, pos: number, maxGap = 24): CueMatch | null {
  const c = scan.cues[firstIndexFrom(scan.cues, pos)];
  if (!c || c.start - pos > maxGap) return null;
  const gap = scan.text.slice(pos, c.start);
  return /^\s*(?:(?:also|later|then|has|had|have|would|will|once|further|again|recently|added|and)\s+)*$/.test(
    gap,
  )
    ? c
    : null;
}
