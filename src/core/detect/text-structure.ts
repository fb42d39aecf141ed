// The shape of the page's prose, from paragraph text lengths only (no layout, one pass over <p>):
// an article is one run of substantial paragraphs under one container; a front page, section or
// search page is many short excerpts, each under its own linked headline ("teaser cards").

export interface TextStructure {
  /** Characters of substantial paragraphs in the best container. */
  mainChars: number;
  /** Substantial paragraphs in the best container. */
  mainParagraphs: number;
  /** Headings inside the best container that link elsewhere: teaser headlines. */
  linkedHeadings: number;
  /** Characters of substantial paragraphs on the whole page. */
  totalChars: number;
  /** Substantial paragraphs that sit inside a link: whole-card teasers. */
  linkedParagraphs: number;
  /** Substantial paragraphs anywhere on the page. */
  paragraphs: number;
  /** Substantial paragraphs right after a linked headline: teaser excerpts. */
  teaserParagraphs: number;
  /** Teaser excerpts in the best container. */
  mainTeasers: number;
  /** Characters of the best container's paragraphs that are not teaser excerpts: its own body. */
  bodyChars: number;
}

// A paragraph this long says something; shorter ones are captions, bylines and labels.
const MIN_PARAGRAPH = 80;
// More link text than this and the paragraph is a list of links, not prose.
const MAX_LINK_SHARE = 0.35;

function linkChars(p: Element): number {
  let n = 0;
  for (const a of p.querySelectorAll('a')) n += (a.textContent ?? '').length;
  return n;
}

/** `el` or an ancestor is a link. (A hand walk: selector matching is slow in jsdom.) */
function insideLink(el: Element | null): boolean {
  for (; el; el = el.parentElement) if (el.tagName === 'A' && el.hasAttribute('href')) return true;
  return false;
}

function isLinkedHeading(h: Element): boolean {
  if (h.querySelector('a[href]')) return true;
  return insideLink(h);
}

const HEADING = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** A headline that links elsewhere is `el`, or sits in it (a card's header or link), or `el` is a
 * short line that is all link (<p class="title"><a>…</a></p>). */
function holdsLinkedHeadline(el: Element): boolean {
  if (HEADING.has(el.tagName)) return isLinkedHeading(el);
  if (el.tagName === 'P' || (el.tagName === 'A' && el.hasAttribute('href'))) {
    const chars = (el.textContent ?? '').trim().length;
    return chars >= 15 && chars <= 200 && (el.tagName === 'A' || linkChars(el) >= 0.9 * chars);
  }
  for (const h of el.querySelectorAll(HEADINGS)) if (isLinkedHeading(h)) return true;
  return false;
}

/** Whether one of the three elements before `el` holds a linked headline (a card's title, then
 * perhaps its date line and thumbnail, then the excerpt). */
function followsLinkedHeadline(el: Element, seen: Map<Element, boolean>): boolean {
  const known = seen.get(el);
  if (known !== undefined) return known;
  let sib = el.previousElementSibling;
  let found = false;
  for (let i = 0; sib && i < 3 && !found; i++, sib = sib.previousElementSibling)
    found = holdsLinkedHeadline(sib);
  seen.set(el, found);
  return found;
}

/** `density`: what one character is worth in alphabetic characters (see script-density.ts); the
 * character counts returned are in those units. */
export function measureTextStructure(doc: Document, density = 1): TextStructure {
  const credit = new Map<Element, number>();
  const good: { p: Element; chars: number; teaser: boolean }[] = [];
  let totalChars = 0;
  let linkedParagraphs = 0;
  let teaserParagraphs = 0;
  const seen = new Map<Element, boolean>();
  // <pre> counts as prose too: plain-text documents (RFCs, mailing-list posts) are one <pre>.
  for (const p of doc.querySelectorAll('p, pre')) {
    const raw = (p.textContent ?? '').trim().length;
    const chars = raw * density;
    if (chars < MIN_PARAGRAPH || linkChars(p) / raw > MAX_LINK_SHARE) continue;
    if (insideLink(p)) {
      linkedParagraphs++;
      continue;
    }
    // An excerpt follows its headline, in the same card (<h2><a/></h2><p/>) or one level up
    // (<a><h3/></a><div><p/></div>).
    // Only the first paragraph of a block is checked one level up, so that a headline above an
    // article body marks one paragraph, not all of them.
    const parent = p.parentElement;
    const firstInBlock = p.previousElementSibling?.tagName !== 'P';
    const teaser =
      followsLinkedHeadline(p, seen) || (firstInBlock && !!parent && followsLinkedHeadline(parent, seen));
    if (teaser) teaserParagraphs++;
    good.push({ p, chars, teaser });
    totalChars += chars;
    // Readability's credit: full to the parent, half to the grandparent, a third above that, so
    // paragraphs each wrapped in their own <div> still add up in the body that holds them.
    let el = p.parentElement;
    for (let level = 1; el && level <= 3; level++, el = el.parentElement)
      credit.set(el, (credit.get(el) ?? 0) + chars / level);
  }
  let best: Element | null = null;
  let bestCredit = 0;
  for (const [el, c] of credit)
    if (c > bestCredit) {
      best = el;
      bestCredit = c;
    }
  let mainChars = 0;
  let mainParagraphs = 0;
  let mainTeasers = 0;
  let bodyChars = 0;
  let linkedHeadings = 0;
  if (best) {
    for (const { p, chars, teaser } of good)
      if (best.contains(p)) {
        mainChars += chars;
        mainParagraphs++;
        if (teaser) mainTeasers++;
        else bodyChars += chars;
      }
    for (const h of best.querySelectorAll(HEADINGS)) if (isLinkedHeading(h)) linkedHeadings++;
  }
  return {
    mainChars,
    mainParagraphs,
    linkedHeadings,
    totalChars,
    linkedParagraphs,
    paragraphs: good.length,
    teaserParagraphs,
    mainTeasers,
    bodyChars,
  };
}
