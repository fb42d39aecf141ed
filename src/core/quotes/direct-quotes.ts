// Speakers of quotation-mark spans: the cue after the quote ("…,” Smith said / said Smith / she
// added), before it ("Smith said: “…”", "according to Smith, “…”"), or the speaker of the
// previous quote when a paragraph is nothing but a quote.
import { cueAt, type Scan, speakerAfter, speakerBefore, speakerOf } from './attribution.ts';
import type { Paragraph } from './paragraphs.ts';
import type { Passage } from './passage.ts';
import type { QuoteSpan } from './quote-marks.ts';
import type { Ref } from './speaker-resolution.ts';

const MIN_WORDS = 3;

export function attributeQuoteSpans(scan: Scan, paragraphs: Paragraph[], spans: QuoteSpan[]): Passage[] {
  const out: Passage[] = [];
  const chainRef = new Map<number, Ref | null>();
  // Attribution is looked up once per chain: in the paragraph of its first or last span.
  const chains = new Map<number, QuoteSpan[]>();
  for (const s of spans) {
    const list = chains.get(s.chain);
    if (list) list.push(s);
    else chains.set(s.chain, [s]);
  }
  let prevInPara: { para: number; ref: Ref | null } | null = null;
  for (const [chain, list] of chains) {
    const first = list[0];
    const last = list[list.length - 1];
    let ref =
      refAfterQuote(scan, paragraphs[last.para], last) ?? refBeforeQuote(scan, paragraphs[first.para], first);
    if (!ref && prevInPara && prevInPara.para === first.para) ref = prevInPara.ref;
    chainRef.set(chain, ref);
    prevInPara = { para: last.para, ref };
    for (const s of list) {
      if (words(scan.text.slice(s.start, s.end)) < MIN_WORDS) continue;
      out.push({ start: s.start, end: s.end, direct: true, ref, para: s.para, pattern: 'quote-marks' });
    }
  }
  return out;
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** "…,” Smith said." / "…,” said Smith, a professor." / "…,” she added." */
function refAfterQuote(scan: Scan, para: Paragraph, span: QuoteSpan): Ref | null {
  const text = scan.text;
  const limit = para.start + para.text.length;
  const lead = /^[\s,.!?…]*(?:[—–-]\s*)?/.exec(text.slice(span.outerEnd, limit))?.[0] ?? '';
  const at = span.outerEnd + lead.length;
  if (at >= limit) return null;
  // Cue first: "said Smith".
  const cue = cueAt(scan, at, 12);
  if (cue) {
    const after = speakerAfter(scan, cue.end);
    if (after) return after;
  }
  // Speaker first: "Smith said", "Smith, a professor at Y, said".
  for (const c of scan.cues) {
    if (c.start < at) continue;
    if (c.start - at > 220 || c.start >= limit) break;
    if (scan.quoted(c.start)) break;
    const ref = speakerBefore(scan, c.start, at);
    if (ref && ref.start >= at && /^\s*$/.test(text.slice(at, ref.start).replace(/^(?:and|but|so)\s+/i, '')))
      return ref;
    if (/[.!?;“"]/.test(text.slice(at, c.start))) break;
  }
  return null;
}

/** "Smith said: “…”", "said Smith, “…”", "Smith said the plan “would fail”", "according to Smith, “…”". */
function refBeforeQuote(scan: Scan, para: Paragraph, span: QuoteSpan): Ref | null {
  const text = scan.text;
  const from = para.start;
  let best: Ref | null = null;
  for (const c of scan.cues) {
    if (c.end > span.outerStart) break;
    if (c.start < from || scan.quoted(c.start)) continue;
    const between = text.slice(c.end, span.outerStart);
    // The cue's clause must reach the quote: no sentence end in between.
    if (/[.!?]["”’]?\s+\p{Lu}/u.test(between) || between.length > 200) continue;
    const ref = speakerOf(scan, c, sentenceFloor(text, from, c.start));
    if (ref) best = ref;
  }
  if (best) return best;
  const lead = text.slice(from, span.outerStart);
  const m = /\baccording\s+to\s+/i.exec(lead);
  if (m) {
    const ref = speakerAfter(scan, from + m.index + m[0].length - 1);
    if (ref) return ref;
  }
  return null;
}

/** The start of the sentence holding `pos`, not before `from`. */
export function sentenceFloor(text: string, from: number, pos: number): number {
  const re = /[.!?]["”’]?\s+(?=["“‘«]?\p{Lu})/gu;
  let floor = from;
  const slice = text.slice(from, pos);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (
      !/(?:\b\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Prof|Lt|Col|U\.S|U\.N)\.$/u.test(
        slice.slice(Math.max(0, m.index - 4), m.index + 1),
      )
    )
      floor = from + m.index + m[0].length;
  }
  return floor;
}
