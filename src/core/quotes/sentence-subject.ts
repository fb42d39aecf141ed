// The subject of a sentence and where its verb starts: the first person reference after an
// optional introduction ("Speaking at a rally in Novi, Michigan, Trump says …", "FLINT, Mich.
// (UPI) — Former President Bill Clinton criticized …", "In January, Gov. Earl Ray Tomblin of West
// Virginia lauded …"), title words before it ("conservative talk radio host Rush Limbaugh"), and
// brackets, "of Y" and appositions after it ("Clinton, the former secretary of State, stressed").
import { firstIndexFrom, isTitleWords, type Scan } from './attribution.ts';
import { isRoleNoun } from './roles.ts';
import type { Ref } from './speaker-resolution.ts';
import { isApposition } from './subject-gap.ts';

export interface SentenceSubject {
  ref: Ref;
  /** Where the verb phrase after the subject (and its appositions) starts. */
  verbAt: number;
}

const MAX_INTRO = 220;
const NOUN_PHRASE_START = /^\s*(?:a|an|the|one|who|whose|which|his|her|its|their|[\p{Lu}\d])/u;

export function findSentenceSubject(scan: Scan, sStart: number, limit: number): SentenceSubject | null {
  const text = scan.text;
  let i = firstIndexFrom(scan.refs, sStart);
  for (let k = 0; k < 6 && i < scan.refs.length; k++, i++) {
    const ref = scan.refs[i];
    if (ref.start >= limit) break;
    const pre = text.slice(sStart, ref.start);
    if (pre.length > MAX_INTRO || scan.quoted(ref.start)) return null;
    if (!isSubjectLead(pre, ref)) continue;
    if (ref.kind === 'name' && ref.mention.possessive) return null;
    // Places and organisations in the introduction are passed over ("In Washington, Obama said").
    if (ref.kind === 'name' && scan.known && !scan.known(ref)) continue;
    const verbAt = skipAppositions(text, ref.end, limit);
    return verbAt < 0 ? null : { ref, verbAt };
  }
  return null;
}

/** Text before the subject: nothing, title words, or an introduction ending in a comma or dash. */
function isSubjectLead(pre: string, ref: Ref): boolean {
  let cut = -1;
  for (const sep of [', ', ' — ', ' – ', ' ― ', ') ']) {
    const at = pre.lastIndexOf(sep);
    if (at >= 0 && at + sep.length > cut) cut = at + sep.length;
  }
  // A quote inside the introduction belongs to it only when a participle opens the sentence
  // ("Bemoaning the “phony system,” Trump accused …").
  if (/[“”"«»]/.test(cut >= 0 ? pre.slice(0, cut) : pre) && !/^\p{Lu}\p{Ll}+ing\s/u.test(pre)) return false;
  const lead = cut >= 0 ? pre.slice(cut) : pre;
  if (/[“”"«»]/.test(lead)) return false;
  if (ref.kind !== 'name') return lead.trim() === '';
  if (isTitleWords(lead, 0)) return true;
  // "conservative talk radio host", "Libertarian presidential candidate": a role at the end.
  const words = lead.trim().split(/\s+/);
  return (
    words.length <= 5 && isRoleNoun(words[words.length - 1]) && words.every((w) => /^[\p{L}-]+$/u.test(w))
  );
}

/** Past a bracket, "of Y" and up to three appositions after a subject; -1 if it never ends. */
function skipAppositions(text: string, from: number, limit: number): number {
  let at = from;
  const bracket = /^\s*\([^()]{1,100}\)/.exec(text.slice(at, at + 110));
  if (bracket) at += bracket[0].length;
  const of = /^\s+(?:of|from)\s+(?:the\s+)?(?=\p{Lu})/u.exec(text.slice(at, at + 20));
  if (of) {
    at += of[0].length;
    for (let k = 0; k < 6; k++) {
      const m = /^(?:\p{Lu}[\p{L}.'’&-]*|of|and|the|for|&)(?=[\s,]|$)/u.exec(text.slice(at, at + 40));
      if (!m) break;
      at += m[0].length;
      if (text[at] !== ' ') break;
      at++;
    }
    while (at > from && text[at - 1] === ' ') at--;
  }
  if (text[at] === ',') {
    for (let k = 0; k < 3; k++) {
      const close = text.indexOf(',', at + 1);
      const part = close < 0 || close >= limit || close - at > 160 ? null : text.slice(at + 1, close);
      if (part === null || (k > 0 && !NOUN_PHRASE_START.test(part)) || !isApposition(part)) {
        if (!k) return -1;
        break;
      }
      at = close + 1;
    }
  }
  while (at < limit && text[at] === ' ') at++;
  return at;
}
