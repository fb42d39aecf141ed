// Title, outlet, authors and dates of a page, from every source that states them (one file per
// source in this folder): structured data first (JSON-LD, OpenGraph, named meta tags), then what
// the page shows (headline, byline, dateline, time elements, title suffix, logo, copyright line).
// Runs on the original document, before clutter removal, so author boxes can still feed the byline.

import type { Author, Outlet } from '../types.ts';
import { bylinePieces, isGenericWord, splitAuthorNames } from './author-names.ts';
import { cleanText } from './clean-text.ts';
import { extractCopyrightLine } from './copyright-line.ts';
import { extractFeedTitle } from './feed-title.ts';
import { findHeadline, resembles } from './headline.ts';
import { toIsoDate } from './iso-date.ts';
import { jsonLdFacts, type LdNode, readJsonLd } from './json-ld.ts';
import { extractLogoAlt } from './logo-alt.ts';
import { metaNameFacts } from './meta-names.ts';
import { MetaTags } from './meta-tags.ts';
import { openGraphFacts } from './open-graph.ts';
import {
  agreesWithDomain,
  chooseOutletName,
  DOMAIN_LIKE,
  domainOf,
  type OutletCandidate,
} from './outlet-name.ts';
import { type PageScan, scanPage } from './page-scan.ts';
import { shownTitle } from './shown-headline.ts';
import { extractSignatureLine } from './signature-line.ts';
import { extractTimeElements } from './time-element.ts';
import { isTitleSuffix, splitTitle, stripTitleSuffix } from './title-suffix.ts';
import { extractVisibleByline } from './visible-byline.ts';
import { extractVisibleDateline } from './visible-dateline.ts';

export interface Metadata {
  title: string | null;
  outlet: Outlet;
  authors: Author[];
  published: string | null;
  modified: string | null;
  lang: string | null;
  excerpt: string | null;
}

const compact = (s: string) =>
  s
    .replace(/\([^()]*\)/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a byline piece is the outlet itself ("n-tv NACHRICHTEN", "MDR THÜRINGEN", "mdr.de"). */
function namesOutlet(piece: string, outletNames: string[]): boolean {
  const p = compact(piece);
  if (!p) return false;
  return outletNames.some((n) => {
    const o = compact(n);
    if (!o) return false;
    if (p === o) return true;
    // The outlet's name followed by a region or desk: "MDR THÜRINGEN", "BBC News".
    const first = piece.trim().split(/\s+/)[0];
    return compact(first) === o && piece.trim().split(/\s+/).length <= 3;
  });
}

function dedupe(authors: Author[]): Author[] {
  const seen = new Map<string, Author>();
  for (const a of authors) {
    const key = a.name.toLowerCase();
    const had = seen.get(key);
    if (!had) seen.set(key, a);
    else if (!had.url && a.url) had.url = a.url;
  }
  return [...seen.values()];
}

/** `jsonLd`: the page's JSON-LD nodes when the caller has read them already (analyze). */
export function extractMetadata(
  doc: Document,
  url: string | null,
  jsonLd: LdNode[] = readJsonLd(doc),
): Metadata {
  const tags = new MetaTags(doc);
  const ld = jsonLdFacts(jsonLd);
  const og = openGraphFacts(tags);
  const named = metaNameFacts(tags);
  const domain = domainOf(url);
  const docTitle = cleanText(doc.title) || null;

  // Names the page gives itself: used to cut title suffixes and to drop the outlet from bylines.
  const declaredOutlets = [
    ld.publisher,
    og.siteName,
    named.applicationName,
    ld.siteName,
    named.publisher,
  ].filter((x): x is string => !!x);
  const domainLabel = domain ? domain.split('.').slice(0, -1).join('.') : null;
  const outletNames = [
    ...declaredOutlets,
    ...(domain ? [domain] : []),
    ...(domainLabel ? [domainLabel] : []),
  ];

  // Dublin Core and Parse.ly name the title on pages without OpenGraph.
  const metaTitle = tags.get('dc.title', 'dc:title', 'dcterms.title', 'parsely-title');
  // Some pages put a description in the JSON-LD headline and the title in its name ("New
  // Zealand" / "constitutional monarchy in Oceania"): the name then matches the other titles.
  const otherTitles = [og.title, og.twitterTitle, metaTitle, docTitle].filter((x): x is string => !!x);
  const otherHeads = [...otherTitles, ...otherTitles.map((t) => splitTitle(t, true).head)];
  const ldHeadline =
    ld.headline && ld.name && !resembles(ld.headline, otherHeads) && resembles(ld.name, otherHeads)
      ? ld.name
      : ld.headline;
  // Headline: the declared titles locate the visible h1; the h1 settles which suffix to cut.
  const declaredTitles = [ldHeadline, ...otherTitles].filter((x): x is string => !!x);
  const headline = findHeadline(doc, declaredTitles);
  // An h1 that matches no declared title and stands outside the article is the site's banner or
  // a section name ("Archive of Our Own", "Allergies Health Center"), and one that is the site
  // name a title ends in is too: the <title> says more.
  const h1Text = headline ? cleanText(headline.textContent) || null : null;
  const headlineText =
    h1Text &&
    !isTitleSuffix(h1Text, declaredTitles) &&
    (!declaredTitles.length ||
      resembles(h1Text, declaredTitles) ||
      headline?.closest('article, main, [role="main"]'))
      ? h1Text
      : null;
  const titleSources = [ldHeadline, og.title, metaTitle, headlineText, og.twitterTitle, docTitle].filter(
    (x): x is string => !!x,
  );
  const strip = (t: string, also: string[] = []) =>
    stripTitleSuffix(t, outletNames, [...titleSources.filter((o) => o !== t), ...also]);
  const title = withoutSection(
    shownTitle(doc, { og: og.title, ld: [ldHeadline, ld.name], other: [metaTitle, docTitle] }, strip) ??
      (titleSources.map((t) => strip(t)).find(Boolean) || null),
    tags.get('article:section', 'content_category', 'section', 'category'),
  );

  // Outlet: declared names, then the title suffix, logo, copyright line and feed title (read only
  // if needed).
  // The suffix that names the site, not the section or date beside it ("| hessenschau.de | Wirtschaft").
  const suffixes = docTitle ? splitTitle(docTitle).suffixes.filter((s) => /\p{L}/u.test(s)) : [];
  const suffix = suffixes.find((s) => agreesWithDomain(s, domain)) ?? suffixes[0];
  const candidates: OutletCandidate[] = [
    { source: 'json-ld publisher', name: ld.publisher },
    { source: 'og:site_name', name: og.siteName },
    { source: 'application-name', name: named.applicationName },
    { source: 'json-ld website', name: ld.siteName },
    { source: 'meta publisher', name: named.publisher },
    { source: 'title suffix', name: suffix },
  ];
  // The visible sources need one walk over the page: only when structured data leaves gaps.
  let scanned: PageScan | null = null;
  const scan = () => {
    scanned ??= scanPage(doc, url);
    return scanned;
  };
  // Also when the page names itself only by its domain ("ndr.de"): the logo may say "NDR".
  const open =
    !declaredOutlets.length || !suffix || candidates.every((c) => !c.name || DOMAIN_LIKE.test(c.name));
  // And past names its domain does not vouch for ("STZ" on stuttgarter-zeitung.de), a logo the
  // domain vouches for ("Stuttgarter Zeitung"); any other logo would be one more guess.
  const vouched = candidates.some(
    (c) => c.name && !DOMAIN_LIKE.test(c.name) && agreesWithDomain(c.name, domain),
  );
  if (open || !vouched) {
    const logo = extractLogoAlt(scan());
    if (open || (logo && agreesWithDomain(logo, domain))) candidates.push({ source: 'logo alt', name: logo });
    // (The copyright holder is often the company behind a domain-named site: not then.)
    if (!declaredOutlets.length || !suffix) {
      candidates.push({ source: 'copyright line', name: extractCopyrightLine(scan()) });
      candidates.push({ source: 'feed title', name: extractFeedTitle(doc) });
    }
  }
  const outletName = chooseOutletName(candidates, url);
  if (outletName) outletNames.push(outletName);

  // Authors: people named by structured data, else the visible byline next to the headline,
  // else the organization the page names as author ("BBC News", "Associated Press").
  const isOutlet = (name: string) => namesOutlet(name, outletNames);
  // An agency credited beside a person ("Paula Steiger, SDA") is part of the byline.
  const ldHasPerson = ld.authors.some((a) => !a.organization && !isOutlet(a.name));
  const ldPeople = dedupe(
    ld.authors
      .filter((a) => !a.organization || ldHasPerson)
      .flatMap((a) => splitAuthorNames(a.name, isOutlet).map((name) => ({ name, url: a.url }))),
  );
  const metaAuthors = [...og.authors, ...named.authors];
  // "hessenschau.de, Frankfurt, Germany" is the outlet's address, not a byline.
  const personal = metaAuthors.filter((a) => {
    const pieces = bylinePieces(a);
    return !(pieces.length > 1 && isOutlet(pieces[0]));
  });
  const metaPeople = dedupe(splitAuthorNames(personal, isOutlet).map((name) => ({ name, url: null })));
  let authors = ldPeople.length ? ldPeople : metaPeople;
  if (!authors.length) authors = extractVisibleByline(scan(), headline, isOutlet);
  if (!authors.length) {
    authors = extractSignatureLine(doc, isOutlet).map((name) => ({ name, url: null }));
  }
  if (!authors.length) {
    // As the page states it: the desk or the outlet ("BBC News", "Guardian staff reporter").
    // Never a generic word the CMS put in the author field ("Nachrichten").
    const stated = ld.authors.filter((a) => !isGenericWord(a.name));
    const metaStated = metaAuthors.filter((a) => !isGenericWord(a));
    const org =
      stated.find((a) => a.organization || isOutlet(a.name)) ??
      stated[0] ??
      (metaStated.find(isOutlet) || metaStated[0]);
    const name = typeof org === 'string' ? org : org?.name;
    const clean = cleanText(name?.replace(/\([^()]*\)/g, ''));
    if (clean && /\p{L}/u.test(clean))
      authors = [{ name: clean, url: typeof org === 'string' ? null : (org?.url ?? null) }];
  }

  // Dates: declared first, then the time element and the dateline by the headline.
  const lang = doc.documentElement.getAttribute('lang') || null;
  let published = toIsoDate(ld.published) ?? toIsoDate(og.published) ?? toIsoDate(named.published);
  let modified = toIsoDate(ld.modified) ?? toIsoDate(og.modified) ?? toIsoDate(named.modified);
  if (!published || !modified) {
    const times = extractTimeElements(scan(), headline);
    published ??= times.published;
    modified ??= times.modified;
  }
  if (!published) {
    const monthFirst = /^en-us/i.test(lang ?? '') || /^en_us/i.test(tags.get('og:locale') ?? '');
    published = extractVisibleDateline(doc, scan(), headline, monthFirst);
  }

  return {
    title,
    outlet: { name: outletName, domain },
    authors,
    published,
    modified,
    lang,
    excerpt: tags.get('description', 'og:description'),
  };
}

/**
 * The title without the section the page declares, glued to its end by a dash or a bar: some
 * sites print "Headline-정치ㅣ한국일보", and the outlet's suffix comes off without the section.
 */
function withoutSection(title: string | null, section: string | null): string | null {
  if (!title || !section || section.length > 30 || !title.endsWith(section)) return title;
  const head = title.slice(0, -section.length).trimEnd();
  if (!SECTION_GLUE.has(head[head.length - 1] ?? '')) return title;
  const rest = head.slice(0, -1).trimEnd();
  // The head stays the title: long, and more than the section's own words.
  return rest.length >= 2 * section.length + 10 ? rest : title;
}

const SECTION_GLUE = new Set(['-', '–', '—', '|', '｜', 'ㅣ', ':']);
