// The headline the page shows above the article, and the title it gives. Declared titles
// (og:title, JSON-LD) say what the article is called; the page shows which of their wordings the
// reader sees: with or without the kicker (overline, "Dachzeile") it sets above the headline,
// and not the SEO line a breadcrumb trail repeats in an h1 of its own.
import { cleanText } from './clean-text.ts';
import { resembles } from './headline.ts';

// Breadcrumb trails ("Home › Politics › Title") whose last item is an h1.
const TRAIL = 'nav, [class*="crumb" i], [id*="crumb" i], [aria-label*="crumb" i]';
const KICKER = /kicker|overline|topline|dachzeile|roofline|eyebrow|catchline|spitzmarke|supertitle|pretitle/i;
const HEADLINE = /headline/i;

/** A heading's text without its kicker, whole, and after the short line just above it (the
 *  kicker some pages set outside the heading). */
export interface ShownHeadline {
  element: Element;
  main: string;
  full: string;
  withKicker: string | null;
}

const isSeparator = (text: string) => /^[:|/•·»\-–—]{1,2}$/.test(text.trim());
// "Kicker: Headline", "Kicker – Headline".
const stick = (before: string, sep: string) =>
  sep.trim() === ':' ? `${before.trimEnd()}: ` : `${before.trimEnd()} ${sep.trim()} `;
const marked = (el: Element, re: RegExp) =>
  [...el.attributes].some((a) => re.test(a.name) || re.test(a.value));
const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const texty = (nodes: Iterable<Node>) => [...nodes].filter((n) => cleanText(n.textContent));

/** Text as it reads: a separator element (often visually hidden) sticks to the text before it. */
function readText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  if ((node as Element).tagName === 'BR') return ' ';
  let out = '';
  for (const c of node.childNodes) {
    const t = readText(c);
    out = c.nodeType === 1 && isSeparator(t) ? stick(out, t) : out + t;
  }
  return out;
}

/** Whether an element's text ends in a separator element ("<span>Topic<i>: </i></span>"). */
function endsWithSeparator(el: Element): boolean {
  const last = texty(el.childNodes).at(-1);
  if (last?.nodeType !== 1) return false;
  return isSeparator(cleanText(last.textContent)) || endsWithSeparator(last as Element);
}

/** The heading's parts: its children, looking through wrappers that hold all of its text. */
function partsOf(heading: Element): Node[] {
  let kids = texty(heading.childNodes);
  for (let i = 0; i < 3 && kids.length === 1 && kids[0].nodeType === 1; i++) kids = texty(kids[0].childNodes);
  return kids;
}

/** Parts as they read: each is a line of its own, so a space goes between them. */
function joinParts(parts: Node[]): string {
  let out = '';
  for (const p of parts) {
    const t = cleanText(readText(p));
    out = p.nodeType === 1 && isSeparator(t) ? stick(out, t) : `${out} ${t}`;
  }
  return cleanText(out);
}

function readHeading(heading: Element): ShownHeadline {
  const parts = partsOf(heading);
  const full = joinParts(parts);
  // The kicker ends at the last part marked as one or closed by a separator, or before the part
  // marked as the headline.
  let cut = -1;
  parts.forEach((p, i) => {
    if (i === parts.length - 1 || p.nodeType !== 1) return;
    const el = p as Element;
    if (marked(el, KICKER) || isSeparator(cleanText(el.textContent)) || endsWithSeparator(el)) cut = i;
  });
  const head = parts.findIndex((p) => p.nodeType === 1 && marked(p as Element, HEADLINE));
  if (cut < 0 && head > 0) cut = head - 1;
  let rest = parts.slice(cut + 1);
  while (rest.length && isSeparator(cleanText(rest[0].textContent))) rest = rest.slice(1);
  const main = joinParts(rest) || full;
  const above = heading.previousElementSibling;
  const kicker = above ? cleanText(above.textContent) : '';
  const withKicker = kicker && kicker.length <= 80 ? `${kicker} ${full}` : null;
  return { element: heading, main, full, withKicker };
}

/** A trail without a telling class: the heading follows a link home and another link among its
 *  siblings ("Home › Politics › Title"), not just a logo linking home. */
function endsTrail(heading: Element): boolean {
  let links = 0;
  let home = false;
  for (let el = heading.previousElementSibling; el; el = el.previousElementSibling) {
    if (el.tagName !== 'A') continue;
    links++;
    const href = el.getAttribute('href');
    if (href === '/' || (href && /^(?:https?:)?\/\/[^/]+\/?$/.test(href))) home = true;
  }
  return home && links >= 2;
}

const inTrail = (el: Element) => !!el.closest(TRAIL) || endsTrail(el);

/** The first h1, else h2, outside breadcrumb trails whose text, with or without its kicker,
 *  resembles one of `titles`. */
export function findShownHeadline(doc: Document, titles: string[]): ShownHeadline | null {
  if (!titles.length) return null;
  for (const tag of ['h1', 'h2']) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length && i < 30; i++) {
      const el = els[i];
      if (inTrail(el) || el.closest('[hidden], [aria-hidden="true"]')) continue;
      const shown = readHeading(el);
      if (resembles(shown.main, titles) || resembles(shown.full, titles)) return shown;
    }
  }
  return null;
}

/** Whether the page shows `title` as a heading only as the last item of a breadcrumb trail. */
function onlyInTrail(doc: Document, title: string): boolean {
  const els = doc.querySelectorAll('h1, h2');
  const key = compact(title);
  let trail = false;
  for (let i = 0; i < els.length && i < 60; i++) {
    if (compact(els[i].textContent ?? '') !== key) continue;
    if (!inTrail(els[i])) return false;
    trail = true;
  }
  return trail;
}

export interface DeclaredTitles {
  og: string | null;
  /** The JSON-LD headline, and the node's name. */
  ld: (string | null)[];
  /** Lesser sources (<title>, Dublin Core): often an SEO line the h1 repeats. */
  other: (string | null)[];
}

/**
 * The title as the page shows it, in the words of the declared title that states the shown
 * headline (with its punctuation), or null to leave the choice to the declared titles' order.
 * og:title and JSON-LD locate the headline (the lesser sources only where neither is given);
 * `strip` cuts a title's site suffix, corroborated by the other texts it is given.
 */
export function shownTitle(
  doc: Document,
  titles: DeclaredTitles,
  strip: (title: string, others: string[]) => string,
): string | null {
  const ld = titles.ld.filter((x): x is string => !!x);
  const structured = titles.og ? [titles.og, ...ld] : ld;
  const electors = structured.length ? structured : titles.other.filter((x): x is string => !!x);
  const shown = findShownHeadline(doc, electors);
  if (!shown) return null;
  const forms = [shown.main, shown.full, shown.withKicker].filter((x): x is string => !!x);
  const states = (t: string) => forms.some((f) => compact(strip(t, forms)) === compact(f));
  for (const form of forms) {
    const stated = electors.find((t) => compact(strip(t, forms)) === compact(form));
    if (!stated) continue;
    // og:title and a JSON-LD headline that states none of the heading's forms: the JSON-LD one
    // names the article, unless the page shows it only as a breadcrumb's SEO line.
    if (stated === titles.og && ld.length && !ld.some(states) && !onlyInTrail(doc, strip(ld[0], forms)))
      return null;
    return strip(stated, forms);
  }
  // Worded otherwise than every declared title: the declared title, which needs no kicker.
  return null;
}
