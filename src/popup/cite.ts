// "Cite this article": APA 7, MLA 9 and BibTeX references for an online news article, built from
// the analysis alone. Citation styles are English-language conventions, so month names and
// connectives are English whatever the UI language.
import type { Analysis } from '../core/types.ts';

export type CitationStyle = 'apa' | 'mla' | 'bibtex';
export const CITATION_STYLES: readonly CitationStyle[] = ['apa', 'mla', 'bibtex'];

/** A run of citation text; `italic` runs are the container (APA, MLA) and render in italics. */
export interface Segment {
  text: string;
  italic?: boolean;
}

export type CitationInput = Pick<Analysis, 'title' | 'authors' | 'published' | 'url' | 'outlet'>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Lower-case particles that belong to the family name ("Ludwig van Beethoven"). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
]);
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

export interface PersonName {
  given: string;
  family: string;
  suffix: string;
  /** One word ("Reuters", "Staff"): cited as written. */
  single: boolean;
}

export function splitName(raw: string): PersonName {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name.includes(',')) {
    const [family, given, suffix] = name.split(',').map((s) => s.trim());
    if (given && !SUFFIX.test(given)) return { given, family, suffix: suffix ?? '', single: false };
  }
  const words = name.split(' ');
  let suffix = '';
  if (words.length > 2 && SUFFIX.test(words[words.length - 1].replace(/,$/, ''))) suffix = words.pop()!;
  if (words.length === 1) return { given: '', family: words[0], suffix, single: true };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1])) start--;
  return {
    given: words.slice(0, start).join(' '),
    family: words.slice(start).join(' '),
    suffix,
    single: false,
  };
}

/** "Ieva" -> "I.", "Jean-Paul" -> "J.-P.", "Mary Ann" -> "M. A." */
function initials(given: string): string {
  return given
    .split(' ')
    .filter(Boolean)
    .map((w) =>
      w
        .split('-')
        .map((part) => (part ? `${[...part][0].toUpperCase()}.` : ''))
        .join('-'),
    )
    .join(' ');
}

interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** The date as the publisher wrote it (its own calendar day, not shifted to the reader's zone). */
export function dateParts(iso: string | null): DateParts | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

function withPeriod(s: string): string {
  return /[.?!]$/.test(s) ? s : `${s}.`;
}

function container(a: CitationInput): string | null {
  return a.outlet.name ?? a.outlet.domain;
}

function apaAuthor(name: string): string {
  const p = splitName(name);
  if (p.single) return p.family;
  const init = initials(p.given);
  return `${p.family}, ${init}${p.suffix ? `, ${p.suffix}` : ''}`;
}

function apaAuthors(names: string[]): string {
  const list = names.map(apaAuthor);
  if (list.length === 1) return list[0];
  if (list.length <= 20) return `${list.slice(0, -1).join(', ')}, & ${list[list.length - 1]}`;
  return `${list.slice(0, 19).join(', ')}, . . . ${list[list.length - 1]}`;
}

export function apa(a: CitationInput): Segment[] {
  const d = dateParts(a.published);
  const date = !d
    ? '(n.d.)'
    : `(${d.year}${d.month ? `, ${MONTHS[d.month - 1]}${d.day ? ` ${d.day}` : ''}` : ''})`;
  const title = a.title ? withPeriod(a.title) : null;
  const site = container(a);
  const out: Segment[] = [];
  const names = a.authors.map((x) => x.name);
  if (names.length) {
    out.push({ text: `${withPeriod(apaAuthors(names))} ${date}. ` });
    if (title) out.push({ text: `${title} ` });
  } else if (title) {
    // No author: the title takes the author's place.
    out.push({ text: `${title} ${date}. ` });
  } else {
    out.push({ text: `${date}. ` });
  }
  if (site) out.push({ text: site, italic: true }, { text: '. ' });
  if (a.url) out.push({ text: a.url });
  return trimEnd(out);
}

function mlaName(name: string, inverted: boolean): string {
  const p = splitName(name);
  if (p.single) return p.family;
  const suffix = p.suffix ? `, ${p.suffix}` : '';
  return inverted ? `${p.family}, ${p.given}${suffix}` : `${p.given} ${p.family}${suffix}`;
}

const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

export function mla(a: CitationInput): Segment[] {
  const names = a.authors.map((x) => x.name);
  let authors = '';
  if (names.length === 1) authors = mlaName(names[0], true);
  else if (names.length === 2) authors = `${mlaName(names[0], true)}, and ${mlaName(names[1], false)}`;
  else if (names.length > 2) authors = `${mlaName(names[0], true)}, et al`;
  const d = dateParts(a.published);
  const date = d
    ? [d.day, d.month ? MLA_MONTHS[d.month - 1] : null, d.year].filter((x) => x !== null).join(' ')
    : null;
  const out: Segment[] = [];
  if (authors) out.push({ text: `${withPeriod(authors)} ` });
  if (a.title) out.push({ text: `“${withPeriod(a.title)}” ` });
  const site = container(a);
  const rest = [date, a.url?.replace(/^https?:\/\//, '')].filter(Boolean).join(', ');
  if (site) out.push({ text: site, italic: true }, { text: rest ? `, ${rest}.` : '.' });
  else if (rest) out.push({ text: `${rest}.` });
  return trimEnd(out);
}

function trimEnd(segments: Segment[]): Segment[] {
  const last = segments[segments.length - 1];
  if (last) last.text = last.text.trimEnd();
  return segments;
}

/** Characters BibTeX treats as commands or delimiters. */
function bibEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '~') return '\\textasciitilde{}';
    if (c === '^') return '\\textasciicircum{}';
    return `\\${c}`;
  });
}

function asciiWord(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'for', 'and', 'to', 'at']);

export function bibtexKey(a: CitationInput): string {
  const first = a.authors[0] ? splitName(a.authors[0].name).family : (container(a) ?? 'article');
  const family = asciiWord(first.split(' ').pop() ?? first) || 'article';
  const year = dateParts(a.published)?.year ?? 'nd';
  const word =
    (a.title ?? '')
      .split(/\s+/)
      .map(asciiWord)
      .find((w) => w && !STOP_WORDS.has(w)) ?? '';
  return `${family}${year}${word}`;
}

export function bibtex(a: CitationInput, accessed: Date = new Date()): string {
  const d = dateParts(a.published);
  const fields: [string, string][] = [];
  if (a.authors.length) {
    const names = a.authors.map((x) => {
      const p = splitName(x.name);
      // A one-word author (an agency) is braced so BibTeX does not read it as a family name.
      if (p.single) return `{${bibEscape(p.family)}}`;
      return `${bibEscape(p.family)}, ${p.suffix ? `${bibEscape(p.suffix)}, ` : ''}${bibEscape(p.given)}`;
    });
    fields.push(['author', `{${names.join(' and ')}}`]);
  }
  // Double braces keep the title's capitals as written.
  if (a.title) fields.push(['title', `{{${bibEscape(a.title)}}}`]);
  const site = container(a);
  if (site) fields.push(['journal', `{${bibEscape(site)}}`]);
  if (d) {
    fields.push(['year', `{${d.year}}`]);
    if (d.month) fields.push(['month', BIBTEX_MONTHS[d.month - 1]]);
    if (d.month && d.day) fields.push(['day', `{${d.day}}`]);
  }
  if (a.url) fields.push(['url', `{${a.url}}`]);
  fields.push(['urldate', `{${accessed.toISOString().slice(0, 10)}}`]);
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`).join(',\n');
  return `@article{${bibtexKey(a)},\n${body}\n}`;
}

export function citation(style: CitationStyle, a: CitationInput, accessed?: Date): Segment[] {
  if (style === 'apa') return apa(a);
  if (style === 'mla') return mla(a);
  return [{ text: bibtex(a, accessed) }];
}

export function plainText(segments: Segment[]): string {
  return segments.map((s) => s.text).join('');
}

export function html(segments: Segment[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return segments.map((s) => (s.italic ? `<i>${esc(s.text)}</i>` : esc(s.text))).join('');
}
