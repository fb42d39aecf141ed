// "He" and "she" resolved in text order to the most salient compatible person: the last one
// mentioned as a subject outranks one mentioned later as an object ("Carlineo faces … He was
// arrested for the call to the offices of Omar. During the call, he asked …"), a subject pronoun
// keeps its person salient, and a person of unknown gender yields to a close one who fits. A
// qualified descriptor opening a sentence whose role nobody was given ("The New York businessman
// says …", "The Indiana governor said …") means the person the text is about, found the same way.
import { genderOfNoun } from './gender-evidence.ts';
import { isGermanPersonNoun, roleFits } from './roles.ts';
import { isSubjectPosition } from './salience.ts';
import type { People, Person } from './speaker-resolution.ts';

// How much further back an object mention counts than a subject one, in characters.
const OBJECT_PENALTY = 300;
const UNKNOWN_GENDER_PENALTY = 150;
const WINDOW = 1500;

interface Seen {
  any: number;
  subject: number;
}

/** Where the sentence holding `pos` starts (roughly: after the last ". " or paragraph break). */
function sentenceStart(text: string, pos: number): number {
  // (Characters compared, not a regex over a slice at every space: this runs for every pronoun.)
  for (let i = pos - 1; i > 0 && pos - i < 400; i--) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if (c !== ' ') continue;
    const before = text[i - 1];
    if (isEndMark(before) || ((before === '"' || before === '”' || before === '’') && isEndMark(text[i - 2])))
      return i + 1;
  }
  return Math.max(0, pos - 400);
}

const isEndMark = (c: string | undefined) => c === '.' || c === '!' || c === '?';

export function resolvePronouns(people: People, text: string, quoted: (pos: number) => boolean): void {
  const seen = new Map<Person, Seen>();
  for (const ref of people.refs) {
    if (quoted(ref.start)) continue;
    if (ref.kind === 'name') {
      const p = people.byMention.get(ref.start);
      if (!p) continue;
      const s = seen.get(p) ?? { any: -1, subject: -Infinity };
      s.any = ref.start;
      if (!ref.mention.possessive && isSubjectPosition(text, ref.start, ref.end)) s.subject = ref.start;
      seen.set(p, s);
      continue;
    }
    let gender: 'm' | 'f' | null;
    if (ref.kind === 'descriptor') {
      const byRole = withRole(seen, ref.head, !!ref.german);
      if (byRole) {
        const s = seen.get(byRole);
        if (s && isSubjectPosition(text, ref.start, ref.end)) s.subject = s.any = ref.start;
        continue;
      }
      if (ref.german) {
        // "…, sagt der Anwalt.": German names the speaker so, right after the verb.
        if (!isGermanPersonNoun(ref.head, ref.german.gender)) continue;
        gender = ref.german.gender;
      } else {
        if (!ref.modified || !isSubjectPosition(text, ref.start, ref.end)) continue;
        gender = genderOfNoun(ref.head);
      }
    } else {
      gender = ref.gender;
    }
    let best: Person | null = null;
    let bestScore = -Infinity;
    const sentence = sentenceStart(text, ref.start);
    for (const [p, s] of seen) {
      if (gender && p.gender && p.gender !== gender) continue;
      if (ref.start - s.any > WINDOW) continue;
      // "While the campaign did not appeal to Julie Graham, …, she said": a person of the right
      // gender named earlier in the same sentence.
      const here = s.any >= sentence && !!gender && p.gender === gender;
      let score = here ? s.any : Math.max(s.subject, s.any - OBJECT_PENALTY);
      // (A German article says the gender outright: anyone known to fit outranks the unknown.)
      if (gender && !p.gender)
        score -= ref.kind === 'descriptor' && ref.german ? 10 * WINDOW : UNKNOWN_GENDER_PENALTY;
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    if (!best) continue;
    people.pronouns.set(ref.start, best);
    const s = seen.get(best);
    if (s && isSubjectPosition(text, ref.start, ref.end)) {
      s.subject = ref.start;
      s.any = ref.start;
    }
  }
}

/** The person last mentioned who was given this role ("the analyst" after "X, an analyst"). */
function withRole(seen: Map<Person, Seen>, head: string, german: boolean): Person | null {
  let best: Person | null = null;
  let bestAt = -1;
  for (const [p, s] of seen) {
    if (s.any > bestAt && p.roles.some((r) => roleFits(r, head, german))) {
      best = p;
      bestAt = s.any;
    }
  }
  return best;
}
