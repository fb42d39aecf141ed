// Mixed quotes with any verb: a person as the sentence's subject, then a quoted fragment in the
// same sentence ("Clinton called half of Trump's supporters “deplorables.”", "Trump is promising
// lower taxes and “jobs, jobs, jobs”", "Cruz exhorted Republicans to “vote your conscience”"): the
// quoted words are the subject's, so the clause is taken whole.
import type { Scan } from './attribution.ts';
import type { Paragraph } from './paragraphs.ts';
import type { Passage } from './passage.ts';
import type { QuoteSpan } from './quote-marks.ts';
import { findSentenceSubject } from './sentence-subject.ts';
import { sentencesOf } from './sentences.ts';

// Auxiliaries and adverbs that may stand before the main verb.
const AUXILIARIES = new Set(
  (
    'is was are were has have had been be being will would could can may might should must also again ' +
    'once then still even later already just now never always often quickly repeatedly further'
  ).split(' '),
);
// Words that cannot be the verb: the subject is followed by something else.
const NOT_VERBS = new Set(
  'the a an of in on at to for with and or but who whom whose which that this his her its their by from as'.split(
    ' ',
  ),
);

export function findMixedQuotes(scan: Scan, paragraphs: Paragraph[], spans: QuoteSpan[]): Passage[] {
  const out: Passage[] = [];
  const text = scan.text;
  let si = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.kind === 'heading') continue;
    while (si < spans.length && spans[si].para < p) si++;
    if (si >= spans.length || spans[si].para !== p) continue;
    for (const s of sentencesOf(para)) {
      const sStart = para.start + s.start;
      const sEnd = para.start + s.end;
      // The paragraph's first quote opening in the sentence (spans are in text order).
      let span: QuoteSpan | null = null;
      for (let k = si; k < spans.length && spans[k].para <= p; k++) {
        const q = spans[k];
        if (q.para === p && q.outerStart >= sStart && q.outerStart < sEnd) {
          span = q;
          break;
        }
      }
      if (!span) continue;
      const subject = findSentenceSubject(scan, sStart, sEnd);
      if (!subject) continue;
      const { ref } = subject;
      // "Bemoaning the “phony system,” Trump accused …": the quote in the opening participle.
      const intro = span.outerEnd <= ref.start;
      if (!intro && ref.end > span.outerStart) continue;
      const start = intro ? sStart : afterVerb(text, subject.verbAt, span.outerStart);
      if (start < 0 || start > span.outerStart) continue;
      let end = sEnd;
      while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
      out.push({ start, end, direct: true, ref, para: p, pattern: 'mixed-quote' });
    }
  }
  return out;
}

// "Ishiba was asked, “…”": in the passive these verbs make the subject the one spoken to.
const BE = new Set(['is', 'was', 'are', 'were', 'been', 'being', 'be']);
const SPOKEN_TO = new Set(['asked', 'told', 'questioned', 'pressed', 'challenged', 'urged', 'warned']);

/** Where the words after the main verb start ("has been steadily pounding Trump as …"), or -1. */
function afterVerb(text: string, at: number, limit: number): number {
  let i = at;
  let passive = false;
  for (let k = 0; k < 6; k++) {
    const w = /^[\p{Ll}][\p{Ll}’'-]*/u.exec(text.slice(i, i + 30))?.[0];
    if (!w || NOT_VERBS.has(w)) return -1;
    if (passive && SPOKEN_TO.has(w)) return -1;
    if (BE.has(w)) passive = true;
    i += w.length;
    if (text[i] !== ' ') return i >= limit ? -1 : i;
    i++;
    if (AUXILIARIES.has(w) || /ly$/.test(w)) continue;
    // "said that", "described as", "called on … to": a particle belongs to the verb.
    const particle = /^(?:that|as|on|about|to)\s/.exec(text.slice(i, i + 6));
    return particle ? i + particle[0].length : i;
  }
  return -1;
}
