// <time datetime> (and microdata datePublished/dateModified on visible elements): the machine
// date the page prints next to the headline. The nearest to the headline is the article's;
// teasers further down carry their own.
import { byDistanceFrom } from './headline.ts';
import { toIsoDate } from './iso-date.ts';
import { insideAny, type PageScan } from './page-scan.ts';

const FOREIGN = /^(?:ASIDE|NAV|FOOTER)\b|related|teaser|comment|trending/i;
const MODIFIED = /updated|modified|aktualisiert|mis-a-jour|actualizado/i;

export interface TimeElementFacts {
  published: string | null;
  modified: string | null;
}

export function extractTimeElements(scan: PageScan, headline: Element | null): TimeElementFacts {
  const own = scan.machineDates.filter((el) => !insideAny(el, FOREIGN, headline));
  let published: string | null = null;
  let modified: string | null = null;
  for (const el of byDistanceFrom(headline, own).slice(0, 10)) {
    const value = toIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content'));
    if (!value) continue;
    const marks = `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('class') ?? ''}`;
    if (/dateModified/.test(marks) || (MODIFIED.test(marks) && !/publish/i.test(marks))) modified ??= value;
    else published ??= value;
    if (published && modified) break;
  }
  return { published, modified };
}
