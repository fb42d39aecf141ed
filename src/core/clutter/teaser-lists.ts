// Unlabelled teaser lists: three or more sibling items, each little more than a headline linking
// to another article of the same site, headline first ("27 Oddest Medical Case Reports", a card
// with a picture, a headline and a line of excerpt). Menus are told apart by their one- or two-word items, and
// lists of sources or shop links by pointing elsewhere.

import { trimEndChars } from '../trim-chars.ts';
import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';
import type { PageStats } from './page-stats.ts';

const MIN_ITEMS = 3;
/** A teaser is a headline and at most a line or two of excerpt. */
const MAX_ITEM_CHARS = 320;
const MIN_HEADLINE_WORDS = 3;
const CONTAINERS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'ASIDE', 'NAV', 'FOOTER']);
const ITEMS = new Set(['LI', 'DIV', 'ARTICLE', 'SECTION', 'P', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE']);

/** The path of another article: a slug with words, or a long number. */
function isArticlePath(path: string): boolean {
  const last = trimEndChars(path, '/').split('/').pop() ?? '';
  return (last.match(/-/g)?.length ?? 0) >= 2 || /\d{5,}/.test(path);
}

function sameSiteArticle(a: Element, host: string | null): boolean {
  const href = a.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || /^(?:mailto|javascript|tel):/i.test(href)) return false;
  try {
    const u = new URL(href, `https://${host ?? 'page.invalid'}/`);
    const h = u.hostname.replace(/^www\./, '');
    return (
      (host === null || h === host || h.endsWith(`.${host}`) || host.endsWith(`.${h}`)) &&
      isArticlePath(u.pathname)
    );
  } catch {
    return false;
  }
}

/** Whether `item` is one teaser: mostly one headline link to another article here. */
function isTeaser(item: Element, stats: PageStats, host: string | null): boolean {
  const chars = stats.chars(item);
  if (chars === 0 || chars > MAX_ITEM_CHARS || stats.prose(item) > 200) return false;
  if (stats.linkChars(item) < 0.4 * chars) return false;
  // A teaser opens with its headline (or a picture linking to it); a sentence with links in it
  // opens with words of its own.
  if (!firstTextInLink(item)) return false;
  const i = stats.indexOf(item);
  for (let j = i; j < i + stats.sizeAt(i); j++) {
    if (stats.tags[j] !== 'A') continue;
    const a = stats.elements[j];
    const words = (a.textContent ?? '').trim().split(/\s+/).length;
    if (words >= MIN_HEADLINE_WORDS && sameSiteArticle(a, host)) return true;
  }
  return false;
}

/** Whether the first visible text inside `item` belongs to a link. */
function firstTextInLink(item: Element): boolean {
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue?.trim()) continue;
    for (let a = n.parentElement; a && a !== item.parentElement; a = a.parentElement)
      if (a.tagName === 'A') return true;
    return false;
  }
  return false;
}

function hostOf(url: string | null, doc: Document): string | null {
  try {
    return new URL(url ?? doc.URL).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export const teaserLists: ClutterRule = {
  name: 'teaser-lists',
  find({ doc, url, stats }) {
    const host = hostOf(url, doc);
    const out: ClutterFinding[] = [];
    let insideEnd = -1;
    for (let i = 0; i < stats.elements.length; i++) {
      if (i < insideEnd) continue;
      const size = stats.sizeAt(i);
      const chars = stats.charsAt(i);
      if (size < MIN_ITEMS + 1 || chars === 0) continue;
      const list = stats.elements[i];
      if (stats.linkChars(list) < 0.35 * chars) continue;
      if (!CONTAINERS.has(stats.tags[i])) continue;
      const items = [...list.children].filter((c) => stats.chars(c) > 0);
      if (items.length < MIN_ITEMS || items.some((c) => !ITEMS.has(c.tagName))) continue;
      // The items are the list: text of the container's own between them is a sentence.
      if (chars - items.reduce((n, c) => n + stats.chars(c), 0) > 10) continue;
      // Every item a teaser; a list with one plain sentence among its items is something else.
      if (!items.every((c) => isTeaser(c, stats, host))) continue;
      insideEnd = i + size;
      out.push({ element: list, kind: 'related', reason: `${items.length} teasers to other articles` });
    }
    return out;
  },
};
