// Where the article is on the page, found before anything is removed: its paragraph container
// (the root every clutter rule must leave whole) and its unit (title, byline, lead image and body
// together). Readability's idea — prose scores its parent and grandparent — at a fraction of its
// cost, with two corrections it lacks: a comment thread is not the article however long it is,
// and between candidates of similar weight the one nearest the title wins.

import type { PageStats } from './page-stats.ts';

/** Containers of reader comments: their prose belongs to the readers, not the article. */
const COMMENTS =
  /(?:^|[\s_-])(?:comments?|comment-?list|commentlist|replies|reply|respond|discussion|disqus)(?:[\s_-]|$)/i;
/** How far up from a candidate its comment-thread classes are looked for. */
const COMMENT_LEVELS = 4;
/** Candidates this close to the best one's score compete on nearness to the title. */
const RIVAL_SHARE = 0.3;

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Document titles read once: jsdom's `document.title` searches the whole tree on every read. */
const docTitles = new WeakMap<Document, string>();

/** Elements whose text is the page's title (<title>, with or without the outlet's part). */
export function titleElements(doc: Document, stats: PageStats): Element[] {
  const keys = new Set<string>();
  let full = docTitles.get(doc);
  if (full === undefined) docTitles.set(doc, (full = doc.title ?? ''));
  // The whole title and its longest part (the headline, without the outlet's name: the logo
  // shows that one, and the logo is no title of the article).
  const parts = full.split(/\s[-|–—:·•»]+\s/).map((p) => p.trim());
  const headline = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  for (const part of [full, headline]) {
    const key = fold(part);
    if (key.length >= 12) keys.add(key);
  }
  const outlet = new Set(parts.filter((p) => p !== headline).map(fold));
  // Folding drops punctuation that counts as visible: compare sizes loosely before reading text.
  const lengths = [...keys].map((k) => k.length);
  const fewest = Math.min(...lengths);
  const most = Math.max(...lengths) * 1.2 + 4;
  const out: Element[] = [];
  for (let i = 0; i < stats.elements.length; i++) {
    const chars = stats.charsAt(i);
    if (stats.tags[i] === 'H1' && chars > 0) {
      // A logo set as <h1> names the outlet, not the article.
      if (!outlet.has(fold(stats.elements[i].textContent ?? ''))) out.push(stats.elements[i]);
      continue;
    }
    if (!keys.size || chars < fewest || chars > most) continue;
    if (keys.has(fold(stats.elements[i].textContent ?? ''))) out.push(stats.elements[i]);
  }
  return out;
}

function inComments(el: Element): boolean {
  let a: Element | null = el;
  for (let level = 0; a && level < COMMENT_LEVELS; level++, a = a.parentElement) {
    const names = `${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`;
    if (COMMENTS.test(names)) return true;
  }
  return false;
}

/** How many levels up from `el` the nearest ancestor holding one of `targets` is. */
function distance(el: Element, targets: Element[]): number {
  let d = 0;
  for (let a: Element | null = el; a; a = a.parentElement, d++)
    if (targets.some((t) => a.contains(t))) return d;
  return Number.POSITIVE_INFINITY;
}

/** The container of the article's paragraphs, or null on a page without prose. */
export function findArticleRoot(
  stats: PageStats,
  isProse: (i: number) => boolean,
  titles: Element[],
): Element | null {
  const score = new Map<Element, number>();
  const { elements } = stats;
  for (let i = 0; i < elements.length; i++) {
    if (!isProse(i)) continue;
    const chars = stats.charsAt(i);
    const p = elements[i].parentElement;
    if (!p) continue;
    score.set(p, (score.get(p) ?? 0) + chars);
    const g = p.parentElement;
    if (g) score.set(g, (score.get(g) ?? 0) + chars / 2);
  }
  if (!score.size) return null;
  const ranked = [...score].sort((a, b) => b[1] - a[1]).slice(0, 12);
  for (const r of ranked) if (inComments(r[0])) r[1] *= 0.2;
  ranked.sort((a, b) => b[1] - a[1]);
  const [top, topScore] = ranked[0];
  let best = top;
  let bestScore = topScore;
  if (titles.length) {
    // A long sidebar or a teaser column may outweigh a short article; the title sits by the article.
    let bestDistance = distance(top, titles);
    for (const [el, s] of ranked.slice(1)) {
      if (s < RIVAL_SHARE * topScore) break;
      // An ancestor always holds the title sooner: only separate places compete.
      if (el.contains(top) || top.contains(el)) continue;
      const d = distance(el, titles);
      if (d < bestDistance) {
        best = el;
        bestScore = s;
        bestDistance = d;
      }
    }
  }
  // Widen over paragraph groups split by an ad or a picture: the parent scores nearly as well.
  for (let p = best.parentElement; p && p.tagName !== 'BODY' && p.tagName !== 'HTML'; p = p.parentElement) {
    if ((score.get(p) ?? 0) < 0.6 * bestScore) break;
    best = p;
  }
  return best;
}

/**
 * The article's own unit: title, byline, lead image and body together. The title (a non-empty
 * <h1>, or an element showing the page's <title>) marks it; without one, the nearest <article>;
 * else the paragraphs' container itself.
 */
export function articleUnit(root: Element, titles: Element[]): Element {
  let article: Element | null = null;
  for (let a: Element | null = root; a; a = a.parentElement) {
    if (titles.some((h) => a.contains(h))) return a;
    if (!article && (a.tagName === 'ARTICLE' || a.getAttribute('role') === 'article')) article = a;
    if (a.tagName === 'BODY') break;
  }
  return article ?? root;
}
