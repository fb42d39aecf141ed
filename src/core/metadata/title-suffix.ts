// "Headline - Outlet", "Headline | Section | Outlet": the site's name that pages append to their
// <title> (and often to og:title or even the JSON-LD headline). Split off, it gives the outlet
// when no tag names it, and the headline without it.

// Separators with space around them; Korean sites use "ㅣ" (a vowel letter) and full-width bars.
const SEPARATOR = /\s+(?:[|\-–—•·»/:]|::)\s+|\s*[|｜ㅣ]\s*/g;

export interface TitleParts {
  head: string;
  /** Trailing segments, last (usually the outlet) first. */
  suffixes: string[];
}

/** Splits off up to three short trailing segments ("| Europa | DW | 28.04.2023"). */
export function splitTitle(title: string): TitleParts {
  const cuts = [...title.matchAll(SEPARATOR)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
  const suffixes: string[] = [];
  let end = title.length;
  for (let i = cuts.length - 1; i >= 0 && suffixes.length < 3; i--) {
    const seg = title.slice(cuts[i].end, end).trim();
    // A suffix is a name, a section or a date: short; the head must stay the longer part.
    if (!seg || seg.length > 50 || seg.split(/\s+/).length > 7 || cuts[i].at < seg.length) break;
    suffixes.push(seg);
    end = cuts[i].at;
  }
  return { head: title.slice(0, end).trim(), suffixes };
}

const compact = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a suffix names the same outlet as `name` ("Golem.de" ~ "golem", "SRF" ~ "srf.ch"). */
export function sameOutlet(a: string, b: string): boolean {
  const x = compact(a.replace(/\.(?:com|net|org|co\.uk|[a-z]{2})$/i, ''));
  const y = compact(b.replace(/\.(?:com|net|org|co\.uk|[a-z]{2})$/i, ''));
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 3 && long.includes(short);
}

/**
 * The title without the trailing segments that name the outlet (or a section or date after it),
 * as far as `outletNames` or the other titles corroborate them.
 */
export function stripTitleSuffix(title: string, outletNames: string[], otherTitles: string[] = []): string {
  const { suffixes } = splitTitle(title);
  if (!suffixes.length) return title;
  // Another source gives exactly the head (og:title "X | Site" and h1 "X"): trust it.
  const heads: string[] = [];
  let rest = title;
  for (const s of suffixes) {
    rest = rest.slice(0, rest.lastIndexOf(s)).replace(/[\s|\-–—•·»/:｜ㅣ]+$/u, '');
    heads.push(rest);
  }
  for (const h of heads) if (otherTitles.some((t) => compact(t) === compact(h))) return h;
  // Otherwise cut at the last suffix that names the outlet.
  for (let i = suffixes.length - 1; i >= 0; i--) {
    if (outletNames.some((n) => sameOutlet(suffixes[i], n))) return heads[i];
  }
  return title;
}
