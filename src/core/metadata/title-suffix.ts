// "Headline - Outlet", "Headline | Section | Outlet": the site's name that pages append to their
// <title> (and often to og:title or even the JSON-LD headline). Split off, it gives the outlet
// when no tag names it, and the headline without it.

import { trimEndChars } from '../trim-chars.ts';

// Separators that need space around them ("A - B", "A :: B"); bars also stand alone ("A|B").
// Korean sites use "ㅣ" (a vowel letter) and full-width bars.
const SPACED = new Set(['-', '–', '—', '•', '·', '»', '/', ':']);
const BARS = new Set(['|', '｜', 'ㅣ']);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** Separators with the space around them, left to right, as [start, end) spans. A scan, not a
 *  regex: space runs around separators would otherwise be rescanned from every position. */
function separators(title: string): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  let last = 0;
  for (let i = 0; i < title.length; i++) {
    const ch = title[i];
    const bar = BARS.has(ch);
    if (!bar && !SPACED.has(ch)) continue;
    let at = i;
    while (at > last && isSpace(title[at - 1])) at--;
    let end = i + (ch === ':' && title[i + 1] === ':' ? 2 : 1);
    if (!bar && (at === i || !isSpace(title[end]))) continue;
    while (end < title.length && isSpace(title[end])) end++;
    out.push({ at, end });
    last = end;
    i = end - 1;
  }
  return out;
}

export interface TitleParts {
  head: string;
  /** Trailing segments, last (usually the outlet) first. */
  suffixes: string[];
}

/** Splits off up to three short trailing segments ("| Europa | DW | 28.04.2023"). `shortHead`
 *  allows a head shorter than what it cuts, for when another source corroborates the head. */
export function splitTitle(title: string, shortHead = false): TitleParts {
  const cuts = separators(title);
  const suffixes: string[] = [];
  let end = title.length;
  for (let i = cuts.length - 1; i >= 0 && suffixes.length < 3; i--) {
    const seg = title.slice(cuts[i].end, end).trim();
    // A suffix is a name, a section or a date: short; the head must stay the longer part.
    if (!seg || seg.length > 50 || seg.split(/\s+/).length > 7) break;
    if (!shortHead && cuts[i].at < seg.length) break;
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

/** Whether `text` is a trailing segment of one of `titles` ("Site" of "Headline - Site"). */
export function isTitleSuffix(text: string, titles: string[]): boolean {
  const key = compact(text);
  return !!key && titles.some((t) => splitTitle(t, true).suffixes.some((s) => compact(s) === key));
}

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
  const headsOf = (suffixes: string[]) => {
    const heads: string[] = [];
    let rest = title;
    for (const s of suffixes) {
      rest = trimEndChars(rest.slice(0, rest.lastIndexOf(s)), '\\s|-–—•·»/:｜ㅣ');
      heads.push(rest);
    }
    return heads;
  };
  // Another source gives exactly the head (og:title "X | Site" and h1 "X"): trust it, however
  // short it is next to the suffix ("„Tempo“ - The Long Name of the Daily").
  for (const h of headsOf(splitTitle(title, true).suffixes))
    if (otherTitles.some((t) => compact(t) === compact(h))) return h;
  const { suffixes } = splitTitle(title);
  if (!suffixes.length) return title;
  const heads = headsOf(suffixes);
  // Otherwise cut at the last suffix that names the outlet.
  for (let i = suffixes.length - 1; i >= 0; i--) {
    if (outletNames.some((n) => sameOutlet(suffixes[i], n))) return heads[i];
  }
  return title;
}
