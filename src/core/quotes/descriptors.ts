// Descriptors that stand for a person named before: "the analyst", "the BISI analyst", "the
// former secretary of state", "The Republican presidential nominee", "The New York businessman".
// Read token by token: up to three capitalized words (the organisation or place), then up to
// three lower-case words ending in a role noun.
import { isForeignCue } from './cues.ts';
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
  /** A German descriptor after its verb ("…, sagt der Anwalt."), its gender from the article. */
  german?: { gender: 'm' | 'f' };
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
  if (text.includes('der ') || text.includes('die ')) findGermanDescriptors(text, out);
  return out.sort((a, b) => a.start - b.start);
}

// German names the speaker after the verb, article first, the noun capitalized: "sagt der
// Anwalt.", "erklärte die frühere Ministerin", "„…“, so die Expertin", "sagt der Drusenführer
// kämpferisch". The verb, one of the cues' German verbs, comes first so that English "die" is never
// read as an article.
const GERMAN_AFTER_VERB =
  /(?<![\p{L}])(\p{Ll}+)\s+((der|die)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}(\p{Lu}\p{Ll}[\p{L}-]*))/gu;
// Words after the noun that say a name or an organisation follows: "der Präsident des Verbands,
// X", "der Anwalt und Dissident Ayman Sheib".
const GERMAN_GOES_ON = new Set(
  'und oder des der von vom im am aus bei beim für mit in an zu zum zur'.split(' '),
);

function findGermanDescriptors(text: string, out: DescriptorMatch[]): void {
  GERMAN_AFTER_VERB.lastIndex = 0;
  for (let m = GERMAN_AFTER_VERB.exec(text); m; m = GERMAN_AFTER_VERB.exec(text)) {
    if (m[1] !== 'so' && !isForeignCue(m[1])) {
      // (Not a verb of saying: look again from the word after it, "in der Stadt sagte der …".)
      GERMAN_AFTER_VERB.lastIndex = m.index + m[1].length;
      continue;
    }
    const end = m.index + m[0].length;
    // ("So" is a verb of saying only right after a quote: "„…“, so die Expertin.")
    if (m[1] === 'so' && !/[“"»«”],?\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // The noun ends the phrase: a mark, the end of the text, or a lower-case word of the clause.
    let rest = text.slice(end, end + 60).trimStart();
    // "so der Interimscoach der Meidericher.": a genitive that ends the phrase.
    const genitive = /^(?:der|des)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?=[.;!?]|$)/u.exec(rest);
    if (genitive) rest = rest.slice(genitive[0].length);
    if (rest && !/^[.,;:!?)]/.test(rest)) {
      const word = /^\p{Ll}+/u.exec(rest)?.[0];
      // ("so der Experte und erklärt": "und" and a verb, not a second title.)
      const andVerb = word === 'und' && /^und\s+\p{Ll}/u.test(rest);
      if (!word || (GERMAN_GOES_ON.has(word) && !andVerb)) continue;
    }
    out.push({
      start: end - m[2].length,
      end,
      head: m[4].toLowerCase(),
      org: null,
      modified: true,
      german: { gender: m[3] === 'der' ? 'm' : 'f' },
    });
  }
}
