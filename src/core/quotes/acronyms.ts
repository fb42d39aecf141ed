// Acronyms tied to their institution: defined in brackets ("Pacific Gas & Electric Co. (PG&E)"),
// or linked through the person they describe — "the BISI analyst" for the analyst of the
// "Belarusian Institute for Strategic Studies", even though the initials differ.
import { initialsOf, isAcronym } from './institutions.ts';

const BRACKETED = /\((\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\)/gu;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}.&'’-]*$/u;
const CONNECT = new Set(['of', 'for', 'and', '&', 'the', 'on', 'de', 'du', 'der', 'für', 'und']);

/** Acronym -> full name, from "Full Name (ACR)" in the text. */
export function findAcronymDefinitions(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // The bracketed acronym first, then a bounded walk back over the name before it: one regex
  // over both would retry the words from every start and go polynomial on long capital runs.
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const acr = m[1];
    if (!isAcronym(acr) || !/\s/.test(text[m.index - 1] ?? '')) continue;
    const words = nameWordsBefore(text.slice(Math.max(0, m.index - 200), m.index));
    // The longest tail of the run that starts with the acronym's first letter.
    let best: string | null = null;
    for (let i = 0; i < words.length; i++) {
      if (/^\p{Lu}/u.test(words[i]) && words[i][0] === acr[0] && words.length - i >= 2) {
        best = words.slice(i).join(' ');
        break;
      }
    }
    if (best && !out.has(acr)) out.set(acr, best.replace(/^(?:the|The)\s+/, ''));
  }
  return out;
}

/** Up to ten capitalized words, with connecting words between them, that end `before`. */
function nameWordsBefore(before: string): string[] {
  const toks = before.split(/\s+/).filter(Boolean);
  let k = toks.length;
  let names = 0;
  while (k > 0 && names < 10) {
    const w = toks[k - 1];
    if (NAME_WORD.test(w)) names++;
    else if (!CONNECT.has(w)) break;
    k--;
  }
  // The run starts with a capitalized word.
  while (k < toks.length && !NAME_WORD.test(toks[k])) k++;
  return toks.slice(k);
}

export interface InstitutionChoice {
  institution: string | null;
  acronym: string | null;
}

/** The fullest institution among the forms tied to one person, with its acronym when known. */
export function chooseInstitution(
  forms: { name: string; acronym: string | null }[],
  defined: Map<string, string>,
): InstitutionChoice {
  const full: string[] = [];
  const acronyms: string[] = [];
  for (const f of forms) {
    if (isAcronym(f.name)) acronyms.push(f.name);
    else full.push(f.name);
    if (f.acronym) acronyms.push(f.acronym);
  }
  for (const a of acronyms) {
    const d = defined.get(a);
    if (d) full.push(d);
  }
  if (!full.length) {
    const a = acronyms[0] ?? null;
    return { institution: a, acronym: null };
  }
  // Fullest: the longest form that is not just a prefix of a longer one.
  const institution = full.reduce((best, f) => (f.length > best.length ? f : best), full[0]);
  let acronym: string | null = null;
  for (const a of acronyms) {
    if (defined.get(a) === institution || initialsOf(institution).startsWith(a.replace(/[.&-]/g, '')[0])) {
      acronym = a;
      break;
    }
  }
  // Linked through the person: one acronym, one full name.
  if (!acronym && acronyms.length && new Set(acronyms).size === 1) acronym = acronyms[0];
  return { institution, acronym };
}
