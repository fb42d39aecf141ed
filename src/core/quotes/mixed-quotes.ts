// Mixed quotes with any verb: a named subject, then a quoted fragment in the same sentence
// ("Clinton called half of Trump's supporters “deplorables.”", "Trump is promising lower taxes and
// “jobs, jobs, jobs”"): the quoted words are the subject's, so the clause is taken whole.
import type { Scan } from './attribution.ts';
import type { Paragraph } from './paragraphs.ts';
import type { Passage } from './passage.ts';
import type { QuoteSpan } from './quote-marks.ts';
import { splitSentences } from './sentences.ts';

// Auxiliaries and adverbs before the verb; the verb itself is the next word.
const AUX =
  /^(?:(?:is|was|are|were|has|have|had|been|be|will|would|could|also|again|once|then|still|even|later|\p{Ll}+ly)\s+)*\p{Ll}[\p{Ll}’'-]*\s+(?:(?:that|as|on|about|to)\s+)?/u;
const TITLE_WORDS = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;
const INTRO = /^(?:[^,“”"«»]{1,100},\s+)?/;
const APPOSITION = /^(?:,[^,“”"«»]{1,120},)?\s+/;

export function findMixedQuotes(scan: Scan, paragraphs: Paragraph[], spans: QuoteSpan[]): Passage[] {
  const out: Passage[] = [];
  const text = scan.text;
  let si = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.kind === 'heading') continue;
    while (si < spans.length && spans[si].para < p) si++;
    if (si >= spans.length || spans[si].para !== p) continue;
    for (const s of splitSentences(para.text)) {
      const sStart = para.start + s.start;
      const sEnd = para.start + s.end;
      const span = spans.slice(si).find((q) => q.para === p && q.outerStart >= sStart && q.outerStart < sEnd);
      if (!span) continue;
      // The subject: a name or pronoun opening the sentence (after a short introduction).
      const intro = INTRO.exec(text.slice(sStart, span.outerStart))?.[0].length ?? 0;
      // Title words may stand before the name ("Senator Alma Reyes called …").
      const ref = scan.refs.find(
        (r) =>
          (r.start === sStart || r.start >= sStart + intro) &&
          r.start < span.outerStart &&
          TITLE_WORDS.test(text.slice(sStart + (r.start === sStart ? 0 : intro), r.start)),
      );
      if (!ref || ref.kind === 'descriptor' || ref.end > span.outerStart) continue;
      if (ref.kind === 'name' && ref.mention.possessive) continue;
      const app = APPOSITION.exec(text.slice(ref.end, span.outerStart));
      if (!app) continue;
      const verbAt = ref.end + app[0].length;
      const verb = AUX.exec(text.slice(verbAt, span.outerStart + 1));
      if (!verb) continue;
      const start = verbAt + verb[0].length;
      if (start > span.outerStart) continue;
      let end = sEnd;
      while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
      out.push({ start, end, direct: true, ref, para: p, pattern: 'mixed-quote' });
    }
  }
  return out;
}
