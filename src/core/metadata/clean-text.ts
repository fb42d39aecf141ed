// Text of a metadata value as a reader should see it: pages often escape twice, so a meta tag or
// JSON-LD string can still hold "&quot;" or "&#8217;" after parsing; white space runs collapse.

import { ownEntry } from '../own-entry.ts';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  middot: '·',
  bull: '•',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  shy: '\u00ad',
  szlig: 'ß',
};
// Latin-1 letters by their entity stem: &ouml; &Eacute; &ccedil; …
const ACCENTS: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
};
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = ownEntry(NAMED, name) ?? ownEntry(NAMED, name.toLowerCase());
    if (named) return named;
    const m = /^([a-z])(grave|acute|circ|tilde|uml|ring|cedil)$/i.exec(name);
    return m ? (m[1] + ownEntry(ACCENTS, m[2].toLowerCase())).normalize('NFC') : whole;
  });
}

/** Entities decoded, white space runs collapsed, ends trimmed. */
export function cleanText(s: string | null | undefined): string {
  if (!s) return '';
  return decodeEntities(s).replace(/\s+/g, ' ').trim();
}
