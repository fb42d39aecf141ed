// Descriptors that stand for a person named before: "the analyst", "the BISI analyst", "the
// former secretary of state", "The Republican presidential nominee", "The New York businessman".
// Read token by token: up to three capitalized words (the organisation or place), then up to
// three lower-case words ending in a role noun.
import { isRoleNoun, roleHead } from './roles.ts';

export interface DescriptorMatch {
  start: number;
  end: number;
  /** The role noun, singular and lower case ("analyst"). */
  head: string;
  /** Capitalized words before the role ("BISI", "New York"). */
  org: string | null;
  /** Whether anything qualifies the role ("the Indiana governor", "the former president"). */
  modified: boolean;
}

const DETERMINER = /(?<![\p{L}])(?:the|The|this|This|that|That)\s/gu;
const WORD = /^[\p{L}][\p{L}&.'’-]*/u;

export function findDescriptors(text: string): DescriptorMatch[] {
  const out: DescriptorMatch[] = [];
  DETERMINER.lastIndex = 0;
  for (let m = DETERMINER.exec(text); m; m = DETERMINER.exec(text)) {
    let at = m.index + m[0].length;
    const caps: string[] = [];
    const lower: { word: string; end: number }[] = [];
    for (let k = 0; k < 6; k++) {
      while (text[at] === ' ') at++;
      const w = WORD.exec(text.slice(at, at + 40))?.[0];
      if (!w) break;
      const upper = /^\p{Lu}/u.test(w);
      if (upper && (lower.length || caps.length >= 3)) break;
      if (!upper && lower.length >= 3) break;
      if (upper) caps.push(w.replace(/['’]s?$/, ''));
      else lower.push({ word: w, end: at + w.length });
      at += w.length;
      if (text[at] !== ' ') break;
    }
    // The head: the first role noun not followed by another one ("vice presidential nominee").
    let h = -1;
    for (let i = 0; i < lower.length; i++) {
      if (!isRoleNoun(lower[i].word)) continue;
      h = i;
      if (!lower[i + 1] || !isRoleNoun(lower[i + 1].word)) break;
    }
    if (h < 0) continue;
    const noun = lower[h].word;
    if (/s$/.test(noun) && !/(?:ss|us)$/.test(noun) && noun !== 'analysis') continue;
    out.push({
      start: m.index,
      end: lower[h].end,
      head: roleHead(
        lower
          .slice(0, h + 1)
          .map((l) => l.word)
          .join(' '),
      ),
      org: caps.length ? caps.join(' ') : null,
      modified: caps.length > 0 || h > 0,
    });
  }
  return out;
}
