// Colon-introduced passages: "X, analyst of Y, notes: …" inside a paragraph, and the bullet, block
// or dash paragraphs that follow an attribution line ending in a colon ("The BISI analyst points
// out:") or an interview question ("According to the analyst, what should …?").
import { firstIndexFrom, type Scan, speakerAfter, speakerOf } from './attribution.ts';
import { sentenceFloor } from './direct-quotes.ts';
import type { Paragraph } from './paragraphs.ts';
import type { Passage } from './passage.ts';
import { findSentenceSubject } from './sentence-subject.ts';
import type { Ref } from './speaker-resolution.ts';

// Between the cue and the colon: a listener or a time ("told Reuters on Monday:").
const TO_COLON = /^(?:\s+[\p{L}\d.,'’-]+){0,5}?\s*:\s*/u;
// A sentence ends between the cue and the colon: '"…", sagte die Präsidentin. Und doch: …'.
const SENTENCE_END = /\p{Ll}{2}[.!?]\s+\p{Lu}/u;
// (The look back for a letter follows the words, so it runs only where they match.)
const ACCORDING = /(according\s+to|по\s+словам|по\s+мнению|laut)(?<![\p{L}]\1)\s+/giu;

export function findColonIntroduced(scan: Scan, paragraphs: Paragraph[]): Passage[] {
  const out: Passage[] = [];
  let line: { ref: Ref; plain: boolean } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const t = para.text;
    if (line) {
      const block = para.kind === 'li' || para.kind === 'blockquote' || /^[–—―-]\s|^[“"«„]/.test(t);
      // "Fotos: Nikolai von Bismarck", "Grundgebühr: 5,99 Euro": a label and its value, not speech.
      if (para.kind !== 'heading' && (block || line.plain) && !LABELLED.test(t)) {
        const lead = /^(?:[–—―-]\s+|[“"«„])/.exec(t)?.[0].length ?? 0;
        const tail = /[”"»“]$/.test(t) ? 1 : 0;
        out.push({
          start: para.start + lead,
          end: para.start + t.length - tail,
          direct: true,
          ref: line.ref,
          para: p,
          pattern: 'colon-introduced:block',
        });
        line = block ? { ref: line.ref, plain: false } : null;
        continue;
      }
      line = null;
    }
    if (para.kind === 'heading') continue;
    // Everything below ends in a colon or a question mark.
    if (!t.includes(':') && !t.includes('?')) continue;
    const end = para.start + t.length;
    let trailing: Ref | null = null;
    for (let i = firstIndexFrom(scan.cues, para.start); i < scan.cues.length; i++) {
      const c = scan.cues[i];
      if (scan.quoted(c.start)) continue;
      if (c.start >= end) break;
      const colon = TO_COLON.exec(scan.text.slice(c.end, Math.min(end, c.end + 60)));
      if (!colon || (c.weak && !/^\s*:/.test(colon[0])) || SENTENCE_END.test(colon[0])) continue;
      const ref = speakerOf(scan, c, sentenceFloor(scan.text, para.start, c.start));
      if (!ref) continue;
      const start = c.end + colon[0].length;
      if (start >= end) {
        line = { ref, plain: true };
      } else if (
        !/^[“"«„]/.test(scan.text.slice(start, start + 1)) &&
        words(scan.text.slice(start, end)) >= 4
      ) {
        out.push({ start, end, direct: true, ref, para: p, pattern: 'colon-introduced' });
        trailing = ref;
      }
    }
    if (trailing && !line) line = { ref: trailing, plain: false };
    if (!line && /:\s*$/.test(t)) {
      // "Caddell continued:" — a short line naming the speaker, whatever the verb.
      const floor = sentenceFloor(scan.text, para.start, end - 1);
      // ("On July 6, 2015, Sanders made the following comment:" — after an introduction.)
      const first = scan.refs.find((r) => r.start >= floor && r.start < end && r.kind !== 'descriptor');
      const ref = first && first.start - floor < 3 ? first : findSentenceSubject(scan, floor, end)?.ref;
      // A verb of some sort stands after the name ("continued", "sagt dazu"), unless the name is the
      // whole line ("Lazorkina:"): "Klarmobil Crash-Tarif im Detail:" heads a list of features.
      const rest = ref ? scan.text.slice(ref.end, end) : '';
      if (
        ref &&
        ref.kind !== 'descriptor' &&
        words(rest) <= 4 &&
        (/^\s*:\s*$/.test(rest) || /(?<![\p{L}\p{M}])\p{Ll}{4,}/u.test(rest))
      )
        line = { ref, plain: true };
    }
    if (!line && /:\s*$/.test(t)) {
      // "In the current conditions, the expert points out, the main efforts are …:"
      const floor = sentenceFloor(scan.text, para.start, end - 1);
      for (let i = firstIndexFrom(scan.cues, floor); i < scan.cues.length; i++) {
        const c = scan.cues[i];
        if (scan.quoted(c.start)) continue;
        if (c.start >= end) break;
        const ref = speakerOf(scan, c, floor);
        if (ref) line = { ref, plain: true };
      }
    }
    if (!line && /\?\s*$/.test(t)) {
      // An interview question naming the speaker: the answer follows in block paragraphs.
      ACCORDING.lastIndex = 0;
      const m = ACCORDING.exec(t);
      const ref = m ? speakerAfter(scan, para.start + m.index + m[0].length - 1) : null;
      if (ref) line = { ref, plain: false };
    }
  }
  return out;
}

const LABELLED = /^\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,2}:\s/u;

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
