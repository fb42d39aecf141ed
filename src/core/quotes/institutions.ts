// Organisation names as printed: a capitalized run that may hold "of", "for", "and", "&" and "the"
// ("Belarusian Institute for Strategic Studies", "U.S. Attorney's Office for the Western District
// of New York", "Pacific Gas & Electric Co."), with an acronym in parentheses after it.

import { trimEndChars } from '../trim-chars.ts';

export interface OrgMatch {
  name: string;
  acronym: string | null;
  end: number;
}

const CAP = /^(?:\p{Lu}[\p{L}\p{M}'’.\-&]*|\d+[\p{L}]*)$/u;
const CONNECT = new Set(['of', 'for', 'and', '&', 'the', 'de', 'on', 'du', 'des', 'für', 'der', 'und']);
const TOKEN = /\S+/g;
const LEAD =
  /^(?:(?:[\p{Ll}]+-[\p{Ll}]+|(?:north|south|east|west)(?:ern)?|central|[\p{Lu}][\p{Ll}]+-based)\s+(?:[\p{Ll}-]+\s+){0,2})?(?:(?:the\s+)?(?:\p{Lu}[\p{L}.]*)['’]s?\s+(?=\p{Lu}))?/u;
const KIND =
  /^(?:\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ican|ic|i)|U\.S\.|U\.K\.|US|UK|EU)\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3})(?=\p{Lu})/u;
/** What an organisation is, right before its name: "research firm Gartner", "think tank X". */
export const ORG_KIND_LEAD =
  /^(?:(?:a|an)\s+)?(?:[\p{Ll}][\p{Ll}-]*\s+){0,3}?(?:company|firm|startup|start-up|group|agency|bank|consultancy|think-tank|think\s+tank|organi[sz]ation|network|platform|laboratory|provider|publisher|brokerage|insurer|lender|retailer|manufacturer|maker|developer|giant|operator|charity|nonprofit|non-profit)\s+(?=\p{Lu})/u;
const NOT_KIND = new Set([
  'or',
  'in',
  'at',
  'to',
  'by',
  'with',
  'from',
  'said',
  'says',
  'told',
  'is',
  'was',
  'as',
]);
const ACRONYM = /^\s*\((\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\)/u;

/** The organisation name that starts at `from` in `text` (after an optional "the"), or null. */
export function readOrg(text: string, from: number): OrgMatch | null {
  let i = from;
  const the = /\s*the\s+/iy;
  the.lastIndex = i;
  const t = the.exec(text);
  if (t) i += t[0].length;
  while (text[i] === ' ') i++;
  // Descriptions before the name: "the right-wing Kohelet Policy Forum", "the London-based
  // fact-checking website Full Fact", "eastern Indiana's Richmond High School".
  const lead = LEAD.exec(text.slice(i, i + 80));
  if (lead && /^\p{Lu}/u.test(text.slice(i + lead[0].length, i + lead[0].length + 1))) i += lead[0].length;
  // "Danish investment company Saxo Bank", "U.K. think-tank Chatham House": a nationality and what
  // the organisation is, before its name.
  const kind = KIND.exec(text.slice(i, i + 80));
  if (kind && !kind[1].split(/\s+/).some((w) => CONNECT.has(w) || NOT_KIND.has(w))) i += kind[0].length;
  else {
    // "satellite communications company SatMena", "investment bank Goldman Sachs".
    const described = ORG_KIND_LEAD.exec(text.slice(i, i + 80));
    if (described) i += described[0].length;
  }
  const words: { w: string; end: number }[] = [];
  let pendingConnect: { w: string; end: number }[] = [];
  let prevEnd = -1;
  TOKEN.lastIndex = i;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    // (A name does not run on into the next paragraph: "der F.A.Z.\n\nAmazon auf Platz eins".)
    if (prevEnd >= 0 && text.slice(prevEnd, m.index).includes('\n')) break;
    prevEnd = m.index + m[0].length;
    const raw = m[0];
    let w = trimEndChars(raw, ',;:)]!?"”');
    if (w.endsWith('.') && !/^(?:\p{Lu}\.)+$|^(?:Co|Inc|Corp|Ltd|Jr|St|Bros)\.$/u.test(w)) w = w.slice(0, -1);
    const trailing = raw.length > w.length;
    const possessive = /['’]s?$/.test(w);
    if (possessive && !words.length) {
      const owner = w.replace(/['’]s?$/, '');
      return CAP.test(owner) ? { name: owner, acronym: null, end: m.index + owner.length } : null;
    }
    // "Amnesty International UK’s chief executive": a possessive acronym ends the name.
    if (possessive && isAcronym(w.replace(/['’]s?$/, ''))) {
      const bare = w.replace(/['’]s?$/, '');
      words.push(...pendingConnect, { w: bare, end: m.index + bare.length });
      break;
    }
    if (CAP.test(w)) {
      words.push(...pendingConnect, { w, end: m.index + w.length });
      pendingConnect = [];
      if (trailing) break;
      continue;
    }
    if (words.length && CONNECT.has(w.toLowerCase()) && !trailing) {
      pendingConnect.push({ w, end: m.index + w.length });
      continue;
    }
    break;
  }
  if (!words.length) return null;
  const end = words[words.length - 1].end;
  const name = text.slice(words[0].end - words[0].w.length, end);
  const acr = ACRONYM.exec(text.slice(end, end + 16));
  return { name, acronym: acr ? acr[1] : null, end: acr ? end + acr[0].length : end };
}

/** Whether `s` looks like an acronym ("BISI", "PG&E", "U.N."). */
export function isAcronym(s: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,9}$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);
}

/** Initials of an organisation name, leaving out connecting words. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !CONNECT.has(w.toLowerCase()))
    .map((w) => (isAcronym(w) ? w.replace(/[.&-]/g, '') : w[0]))
    .join('')
    .toUpperCase();
}

// Words that qualify a title and open a sentence with a capital: "Political analyst Henning
// Melber", "Retired General Michael Flynn", "Mr Castañeda", "Oscar-winning actress Mary
// Steenburgen", "Democratic presidential nominee …". Alone, none of them names an organisation.
// (Ministries' fields stay: "Interior Minister X" names the Interior Ministry closely enough.)
const QUALIFIER_ONLY = new Set(
  (
    'political retired ousted former acting senior veteran longtime outgoing incoming interim ' +
    'state federal high art conservative liberal independent democrat democratic republican ' +
    'mr mrs ms dr'
  ).split(' '),
);

/** Whether a one-word institution is only a qualifier of the title after it. */
export function isQualifierOnly(name: string): boolean {
  // Written as a word, not as an acronym: "ART" may well be one.
  if (!/^\p{Lu}\p{Ll}*(?:-\p{L}+)?\.?$/u.test(name)) return false;
  return (
    QUALIFIER_ONLY.has(name.replace(/\.$/, '').toLowerCase()) ||
    /-(?:winning|based|born|backed|led|owned|funded)$/.test(name)
  );
}
