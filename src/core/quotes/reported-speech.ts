// Reported speech: "X said (that) …", "X told Reuters …", "…, X said.", "…, said X.",
// "according to X, …", "…, according to X.", "X believes …", "X is sure of this", "по словам X".
import { dropTrailingParticles } from '../name-particles.ts';
import { trimEndChars } from '../trim-chars.ts';
import { type Scan, speakerAfter, speakerBefore, speakerOf } from './attribution.ts';
import { isClosingCue, TAKES_LISTENER } from './cues.ts';
import type { Paragraph } from './paragraphs.ts';
import type { Passage } from './passage.ts';
import { sentencesOf } from './sentences.ts';

const MIN_WORDS = 4;
// (The look back for a letter follows the words, so it runs only where they match: first, it ran
// at every position of every sentence.)
const ACCORDING =
  /(according\s+to|in\s+the\s+words\s+of|по\s+словам|по\s+мнению|laut|zufolge)(?<![\p{L}]\1)\s+/giu;
// After the cue: a listener, a time or place ("at City Hall"), "that".
const OBJECT_AFTER =
  /^(?:\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.&'’-]*(?:\s+[\p{Lu}][\p{L}.&'’-]*)*|reporters|journalists|lawmakers|officials|investigators|the\s+\p{L}+|a\s+\p{L}+(?:\s+\p{L}+)?|us|me|him|her|them|viewers|listeners|supporters|the\s+crowd))?(?:\s+(?:on|last|this|in|at|during|late|early)\s+(?:[\p{Lu}][\p{L}.&'’-]*(?:\s+[\p{Lu}][\p{L}.&'’-]*)*|[\p{L}\d]+))?(?:\s+(?:in|during|at)\s+(?:a|an|the)\s+\p{L}+(?:\s+\p{L}+)?)?,?(?:\s+that)?\s+/u;

export function findReportedSpeech(scan: Scan, paragraphs: Paragraph[]): Passage[] {
  const out: Passage[] = [];
  const text = scan.text;
  const cues = scan.cues;
  let ci = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.kind === 'heading') continue;
    // A paragraph with no cue and no "according to" reports nobody: its sentences are not split.
    // (A sentence is a slice of the paragraph after white space: what matches in one matches here.)
    while (ci < cues.length && cues[ci].start < para.start) ci++;
    const hasCue = ci < cues.length && cues[ci].start < para.start + para.text.length;
    ACCORDING.lastIndex = 0;
    if (!hasCue && !ACCORDING.test(para.text)) continue;
    for (const s of sentencesOf(para)) {
      const sStart = para.start + s.start;
      const sEnd = para.start + s.end;
      while (ci < cues.length && cues[ci].start < sStart) ci++;
      for (let k = ci; k < cues.length && cues[k].start < sEnd; k++) {
        const cue = cues[k];
        if (scan.quoted(cue.start)) continue;
        // "Smith recalled that …", "…, Smith recalled.": weak verbs only in these positions.
        const thatFollows = /^\s+that\s/.test(text.slice(cue.end, cue.end + 6));
        if (cue.weak && !isClosingCue(cue.text) && !thatFollows) continue;
        const before = speakerBefore(scan, cue.start, sStart);
        if (before) {
          // "X said (that) CLAUSE" — or "CLAUSE, X said." when nothing follows the cue.
          const clause = clauseAfter(text, cue, sEnd);
          const lead = text.slice(sStart, before.start);
          // "“…,” Smith said of the plan": the cue attributes the quote, not a clause of its own.
          if (endsInQuoteMark(lead)) continue;
          if (!clause && /,\s*$/.test(lead) && words(lead) >= MIN_WORDS && isClosingCue(cue.text)) {
            out.push(
              passage(
                sStart,
                sStart + trimEndChars(lead, ',\\s').length,
                before,
                p,
                'reported-speech:after-clause',
              ),
            );
          } else if (clause && (!cue.weak || thatFollows)) {
            out.push(passage(clause.start, clause.end, before, p, 'reported-speech'));
          }
          continue;
        }
        // "…,” the businessman said, arguing that CLAUSE": the participle shares the speaker.
        // ("…, telling O'Reilly that CLAUSE": a listener may stand before "that".)
        const listenerThat =
          TAKES_LISTENER.has(cue.text.toLowerCase()) &&
          /^\s+[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*)?\s+that\s/u.test(
            text.slice(cue.end, cue.end + 50),
          );
        if (
          (thatFollows || listenerThat) &&
          /ing$/i.test(cue.text) &&
          /,\s*$/.test(text.slice(Math.max(sStart, cue.start - 3), cue.start))
        ) {
          const ref = speakerOf(scan, cue, sStart);
          const clause = ref ? clauseAfter(text, cue, sEnd) : null;
          if (ref && clause) {
            out.push(passage(clause.start, clause.end, ref, p, 'reported-speech'));
            continue;
          }
        }
        if (TAKES_LISTENER.has(cue.text.toLowerCase()) || cue.weak) continue;
        const after = speakerAfter(scan, cue.end);
        if (after) {
          // "CLAUSE, said X."
          const lead = text.slice(sStart, cue.start);
          if (/,\s*$/.test(lead) && words(lead) >= MIN_WORDS && isClosingCue(cue.text)) {
            out.push(
              passage(sStart, sStart + trimEndChars(lead, ',\\s').length, after, p, 'reported-speech:said-x'),
            );
          }
        }
      }
      // "according to X, CLAUSE" and "CLAUSE, according to X."
      const sentence = text.slice(sStart, sEnd);
      ACCORDING.lastIndex = 0;
      for (let m = ACCORDING.exec(sentence); m; m = ACCORDING.exec(sentence)) {
        const at = sStart + m.index + m[0].length;
        if (scan.quoted(at)) continue;
        const ref = speakerAfter(scan, at - 1);
        if (!ref) continue;
        const lead = sentence.slice(0, m.index);
        if (words(lead) >= MIN_WORDS) {
          out.push(
            passage(sStart, sStart + trimEndChars(lead, ',\\s').length, ref, p, 'reported-speech:according'),
          );
        } else {
          const comma = text.indexOf(',', ref.end);
          if (comma > 0 && comma < sEnd) {
            const start = comma + 1 + (/^\s*/.exec(text.slice(comma + 1))?.[0].length ?? 0);
            if (words(text.slice(start, sEnd)) >= MIN_WORDS)
              out.push(passage(start, trimEnd(text, start, sEnd), ref, p, 'reported-speech:according'));
          }
        }
      }
    }
  }
  return out;
}

/** Whether `lead` ends in a closing mark, also before the particle of a name ("…,” de Blasio"). */
function endsInQuoteMark(lead: string): boolean {
  const last = dropTrailingParticles(lead).slice(-1);
  return last === '"' || last === '”' || last === '»';
}

const TIME_AFTER =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?,?(?:\s+that)?\s+/;

function clauseAfter(
  text: string,
  cue: { text: string; end: number },
  sEnd: number,
): { start: number; end: number } | null {
  const rest = text.slice(cue.end, sEnd);
  // "said:" and "said, “" belong to the colon and quote patterns.
  if (/^\s*[:]/.test(rest)) return null;
  const obj =
    TAKES_LISTENER.has(cue.text.toLowerCase()) || /^\s+(?:on|last|this|in|at|that)\b/.test(rest)
      ? OBJECT_AFTER.exec(rest)
      : /^,?(?:\s+that)?\s+/.exec(rest);
  const skip = obj ? obj[0].length : 0;
  let start = cue.end + skip;
  // "said Tuesday in a fireside chat", "said Tuesday that …": the time is no part of the clause.
  const time = TIME_AFTER.exec(text.slice(start, start + 40));
  if (time) start += time[0].length;
  if (
    /^(?:of|in|at|on|during|after|before|with|to|for|from|about|by|as|when|while)\b/i.test(
      text.slice(start, start + 8),
    )
  )
    return null;
  if (words(text.slice(start, sEnd)) < MIN_WORDS) return null;
  // "said that police video footage …": the complementizer opens the reported clause.
  const that = /\bthat\s+$/.exec(text.slice(Math.max(cue.end, start - 8), start));
  return { start: that ? start - that[0].length : start, end: trimEnd(text, start, sEnd) };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:]/.test(text[e - 1])) e--;
  return e;
}

function passage(start: number, end: number, ref: Passage['ref'], para: number, pattern: string): Passage {
  return { start, end, direct: false, ref, para, pattern };
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
