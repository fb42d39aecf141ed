// Speakers of quotation-mark spans: the cue after the quote ("…,” Smith said / said Smith / she
// added), before it ("Smith said: “…”", "according to Smith, “…”"), or the speaker of the
// previous quote when a paragraph is nothing but a quote.
import { dropTrailingParticles } from '../name-particles.ts';
import {
  cueAt,
  firstIndexFrom,
  isTitleWords,
  type Scan,
  speakerAfter,
  speakerBefore,
  speakerOf,
} from './attribution.ts';
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
  let prevInPara: { para: number; end: number; ref: Ref | null } | null = null;
  for (const [chain, list] of chains) {
    const first = list[0];
    if (list.length === 1 && isTitle(scan.text, first)) continue;
    const last = list[list.length - 1];
    let ref =
      refAfterQuote(scan, paragraphs[last.para], last) ?? refBeforeQuote(scan, paragraphs[first.para], first);
    // A two-word fragment counts when its own cue names the speaker ("warning of “dire consequences”").
    const minWords = ref ? 2 : MIN_WORDS;
    if (
      !ref &&
      prevInPara &&
      prevInPara.para === first.para &&
      !nameBetween(scan, prevInPara, first.outerStart)
    )
      ref = prevInPara.ref;
    chainRef.set(chain, ref);
    prevInPara = { para: last.para, end: last.end, ref };
    // Unattributed: only a paragraph that opens with the quote continues the last speaker.
    if (!ref && (first.outerStart !== paragraphs[first.para].start || hasCue(scan, paragraphs[first.para])))
      continue;
    for (const s of list) {
      if (words(scan.text.slice(s.start, s.end)) < minWords) continue;
      out.push({ start: s.start, end: s.end, direct: true, ref, para: s.para, pattern: 'quote-marks' });
    }
  }
  return out;
}

/**
 * Whether the text turns to someone else between the previous quote and this one: the last person
 * named in a later sentence is not the previous quote's speaker ("… »Mentalitätswechsel«, erklärte
 * Arlt. … stellte Florian Hahn fest. Dieses »Momentum der Games« …" is not Arlt's). A possessive
 * ("referred to Cooke’s testimony") and a name in the attribution's own sentence ("said Tim Hess,
 * who introduced Mr. Clarke to …") do not turn it.
 */
function nameBetween(scan: Scan, prev: { end: number; ref: Ref | null }, pos: number): boolean {
  const speaker = prev.ref?.kind === 'name' ? prev.ref.mention.words : [];
  let last: Ref | null = null;
  for (let i = firstIndexFrom(scan.refs, prev.end); i < scan.refs.length && scan.refs[i].start < pos; i++) {
    const r = scan.refs[i];
    if (r.kind !== 'name' || r.mention.possessive || (scan.known && !scan.known(r))) continue;
    if (sentenceFloor(scan.text, prev.end, r.start) > prev.end) last = r;
  }
  return last?.kind === 'name' && !last.mention.words.some((w) => speaker.includes(w));
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** "…,” Smith said." / "…,” said Smith, a professor." / "…,” she added." */
function refAfterQuote(scan: Scan, para: Paragraph, span: QuoteSpan): Ref | null {
  const text = scan.text;
  const limit = para.start + para.text.length;
  const lead = /^[\s,.!?…]*(?:[—–―‒-]\s*)?/.exec(text.slice(span.outerEnd, limit))?.[0] ?? '';
  const at = span.outerEnd + lead.length;
  if (at >= limit) return null;
  // After a quote that ends its sentence, "She said …" opens a new one unless it ends right there.
  const ended = /[.!?…]$/.test(text.slice(span.start, span.end)) || /[.!?]/.test(lead);
  const closes = (pos: number) => !ended || closesSentence(text, pos, limit);
  // "“…” ― Sonya Herridge": a signature after a dash.
  if (/[—–―‒-]/.test(lead)) {
    const sig = scan.refs.find((r) => r.start === at && r.kind === 'name');
    if (sig && /^[\s.,]*(?:$|[“"«„(])/.test(text.slice(sig.end, limit))) return sig;
  }
  // Cue first: "said Smith".
  const cue = cueAt(scan, at, 12);
  if (cue && !cue.weak) {
    const after = speakerAfter(scan, cue.end);
    if (after && closes(after.end)) return after;
  }
  // Speaker first: "Smith said", "Smith, a professor at Y, said".
  for (let i = firstIndexFrom(scan.cues, at); i < scan.cues.length; i++) {
    const c = scan.cues[i];
    if (c.start - at > 220 || c.start >= limit) break;
    if (scan.quoted(c.start)) break;
    const ref = speakerBefore(scan, c.start, at);
    // Up to a few title words between: "…,” company CEO Andy Vesey said. ("…,” de Blasio
    // said": the name's particle stands before its first capital.)
    if (
      ref &&
      ref.start >= at &&
      isTitleWords(dropTrailingParticles(text.slice(at, ref.start).replace(/^(?:and|but|so)\s+/i, '')), 0)
    )
      return closes(c.end) ? ref : null;
    if (/[.!?;“"]/.test(text.slice(at, c.start))) break;
  }
  return null;
}

/** “Fox News Sunday”, “American Skin (41 Shots)”: a title in quotation marks, not anyone's words. */
function isTitle(text: string, span: QuoteSpan): boolean {
  const words = text.slice(span.start, span.end).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (!words.length || words.length > 8) return false;
  const long = words.filter((w) => w.length > 3);
  if (long.length && long.some((w) => !/^[\p{Lu}\d]/u.test(w))) return false;
  return /(?:\b(?:of|on|in|at|from|by|the|a|an|titled|called|named|show|program|programme|book|film|movie|song|album|series)\s*|[.!?]\s*)$/i.test(
    text.slice(Math.max(0, span.outerStart - 20), span.outerStart),
  );
}

/** A cue outside quotes: the paragraph attributes its words itself, to someone we cannot name. */
function hasCue(scan: Scan, para: Paragraph): boolean {
  const end = para.start + para.text.length;
  for (let i = firstIndexFrom(scan.cues, para.start); i < scan.cues.length && scan.cues[i].start < end; i++)
    if (!scan.cues[i].weak) return true;
  return false;
}

/** Whether the attribution's sentence ends within a few words ("…” she said in a statement."). */
function closesSentence(text: string, pos: number, limit: number): boolean {
  const rest = text.slice(pos, Math.min(limit, pos + 80));
  const end = /[.!?]|$/.exec(rest)?.index ?? rest.length;
  const tail = rest.slice(0, end);
  if (/^\s*(?::|(?:,\s*)?that\b)/.test(tail)) return false;
  return words(tail) <= 7;
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
    if (/[.!?]["”’]?\s+\p{Lu}/u.test(between) || between.length > (c.weak ? 80 : 200)) continue;
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
