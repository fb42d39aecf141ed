// The outlet's name from every place a page states it, best first: JSON-LD publisher, og:site_name,
// application-name, the title's " - Outlet" suffix, the logo's alt text, the copyright line, and
// the domain as a last resort. A name the domain agrees with beats one it does not; a company
// ("Tamedia AG"), a platform ("Blogger"), a slogan or a bare domain gives way to a real name.
import { sameOutlet } from './title-suffix.ts';

export interface OutletCandidate {
  name: string | null | undefined;
  source: string;
}

// Legal entities: the owner, not the masthead.
const COMPANY =
  /\b(?:AG|GmbH|gGmbH|KG|SE|Inc|LLC|Ltd|Limited|Corp|Corporation|PLC|S\.?A|S\.?L|S\.?p\.?A|A\/S|AS|AB|Oy|B\.?V|N\.?V|Pty|Co|Company|Group|Holdings?|Verlag|Mediengruppe)\.?$/i;
// The same in CJK and Cyrillic names: 株式会社 / 社 ("日本経済新聞社", the company behind
// "日本経済新聞"), ㈜ / 주식회사, and АО / ООО before the name.
const COMPANY_MARK =
  /^(?:株式会社|㈱|㈜|\(株\)|\(주\)|주식회사)|^(?:АО|ООО|ПАО|ЗАО|ОАО|ТОВ)[\s«"]|(?:株式会社|㈱|社)$/u;
const isCompany = (name: string) => COMPANY.test(name) || COMPANY_MARK.test(name);
// Publishing platforms that some themes name as the publisher.
const PLATFORM = /^(?:blogger|wordpress(?:\.com)?|medium|substack|ghost|tumblr|blogspot)$/i;
// Sources where the page names itself in markup; the rest are read off the visible page.
const DECLARED = new Set([
  'json-ld publisher',
  'og:site_name',
  'application-name',
  'json-ld website',
  'meta publisher',
]);
export const DOMAIN_LIKE = /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i;

export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d*\./, '') || null;
  } catch {
    return null;
  }
}

// Second-level labels of country suffixes (co.uk, com.au, ne.jp, gob.mx …). Listed, not guessed
// from their length: a short site label under a country code (wdr.de, orf.at) is the site's own.
const SECOND_LEVEL = new Set(
  'ac biz co com edu go gob gouv gov gv info ltd mil ne net nic nom or org plc sch web'.split(' '),
);

/** The site's own label in the host: "easternherald" for www.easternherald.com, "bbc" for
 *  www.bbc.co.uk, "wdr" for www1.wdr.de. */
export function siteLabel(domain: string): string {
  const parts = domain.split('.');
  const n = parts.length;
  const i = n >= 3 && parts[n - 1].length === 2 && SECOND_LEVEL.has(parts[n - 2]) ? n - 3 : n - 2;
  return parts[Math.max(0, i)] ?? domain;
}

function initials(name: string): string {
  return (name.match(/\p{L}+/gu) ?? []).map((w) => w[0].toLowerCase()).join('');
}

export function agreesWithDomain(name: string, domain: string | null): boolean {
  if (!domain) return false;
  const label = siteLabel(domain).replace(/-/g, '');
  return sameOutlet(name, label) || (label.length >= 2 && initials(name) === label);
}

/** "Deutsche Welle (www.dw.com)" → "Deutsche Welle"; "Schweizer Radio und Fernsehen (SRF)" → the
 *  short name in brackets, the one the outlet goes by; 'Газета «Коммерсантъ»' → the quoted name. */
function shortName(name: string): string {
  // 'Газета «Коммерсантъ»', 'АО «Пример»': a word for what it is, then the name in quotes.
  if (name.endsWith('»')) {
    const open = name.lastIndexOf('«');
    const outer = name.slice(0, Math.max(open, 0)).trim();
    const inner = name.slice(open + 1, -1).trim();
    if (open > 0 && inner && !/\d/.test(outer) && outer.split(/\s+/).length <= 2) return inner;
  }
  if (!name.endsWith(')')) return name;
  const open = name.lastIndexOf('(');
  if (open <= 0) return name;
  const inner = name.slice(open + 1, -1).trim();
  const outer = name.slice(0, open).trim();
  if (DOMAIN_LIKE.test(inner)) return outer;
  if (/^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(inner) && initials(outer).includes(inner[0].toLowerCase()))
    return inner;
  return name;
}

function usable(name: string): boolean {
  return name.length >= 2 && name.length <= 60 && name.split(/\s+/).length <= 6 && !/^https?:/i.test(name);
}

export function chooseOutletName(candidates: OutletCandidate[], url: string | null): string | null {
  const domain = domainOf(url);
  const names = candidates
    .map((c) => ({ source: c.source, name: shortName((c.name ?? '').trim()) }))
    .filter((c) => c.name && usable(c.name));
  const declared = names.filter((c) => DECLARED.has(c.source)).map((c) => c.name);
  const rank = (c: { name: string; source: string }) => {
    let r = 0;
    if (PLATFORM.test(c.name)) r += 4;
    // A company gives way to a masthead the page declares, not to one guessed from its title.
    if (isCompany(c.name) && declared.some((d) => !isCompany(d))) r += 4;
    if (DOMAIN_LIKE.test(c.name)) r += 2;
    if (!agreesWithDomain(c.name, domain)) r += c.source === 'title suffix' ? 2 : 1;
    return r;
  };
  let best: { name: string; r: number } | null = null;
  for (const c of names) {
    const r = rank(c);
    if (!best || r < best.r) best = { name: c.name, r };
  }
  return best?.name ?? domain;
}
