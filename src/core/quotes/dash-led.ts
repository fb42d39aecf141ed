// Dash-led quotes, the way Russian and other European news prints direct speech: "– The import
// substitution projects …" paragraphs, and a quote interrupted by the author's words between
// dashes ("…, – Olga Lazorkina is sure of this. – Belarus, …").
import { firstIndexFrom, type Scan, speakerBefore } from './attribution.ts';
import type { Paragraph } from './paragraphs.ts';
import type { Passage } from './passage.ts';

const DASH_LEAD = /^[–—―-]\s+/;
const INTERRUPT = /([,.!?…])\s+[–—―]\s+/gu;

export function findDashLed(scan: Scan, paragraphs: Paragraph[]): Passage[] {
  const out: Passage[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.kind === 'heading') continue;
    const t = para.text;
    const lead = DASH_LEAD.exec(t)?.[0].length ?? 0;
    let found = false;
    INTERRUPT.lastIndex = 0;
    for (let m = INTERRUPT.exec(t); m; m = INTERRUPT.exec(t)) {
      const segStart = m.index + m[0].length;
      // The author's words: up to the resuming dash, or to the paragraph end.
      const resume = /[.,:]\s+[–—―]\s+/.exec(t.slice(segStart, segStart + 160));
      const segEnd = resume ? segStart + resume.index + 1 : t.length;
      if (!resume && t.length - segStart > 160) continue;
      const ref = speakerInSegment(scan, para.start + segStart, para.start + segEnd);
      if (!ref) continue;
      found = true;
      const firstEnd = m.index + (m[1] === ',' ? 0 : 1);
      if (words(t.slice(lead, firstEnd)) >= 3) {
        out.push({
          start: para.start + lead,
          end: para.start + firstEnd,
          direct: true,
          ref,
          para: p,
          pattern: 'dash-led',
        });
      }
      if (resume) {
        const s2 = segStart + resume.index + resume[0].length;
        if (words(t.slice(s2)) >= 3)
          out.push({
            start: para.start + s2,
            end: para.start + t.length,
            direct: true,
            ref,
            para: p,
            pattern: 'dash-led',
          });
      }
      break;
    }
    if (!found && lead && words(t) >= 4) {
      // A dash paragraph with no attribution of its own: the speaker of the line before goes on.
      out.push({
        start: para.start + lead,
        end: para.start + t.length,
        direct: true,
        ref: null,
        para: p,
        pattern: 'dash-led',
      });
    }
  }
  return out;
}

/** "Olga Lazorkina is sure of this", "the expert notes", "he said": a speaker, then a cue. */
function speakerInSegment(scan: Scan, start: number, end: number): ReturnType<typeof speakerBefore> {
  for (let i = firstIndexFrom(scan.cues, start); i < scan.cues.length; i++) {
    const c = scan.cues[i];
    if (c.start >= end) break;
    const ref = speakerBefore(scan, c.start, start);
    if (ref && ref.start - start < 6) return ref;
  }
  return null;
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
