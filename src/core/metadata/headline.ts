// The article's visible headline element: the h1 (or itemprop=headline) whose text matches the
// page's declared titles, else the first one in the article. It is also the anchor the byline,
// dateline and time sources measure their distance from: the byline is the one next to it, not
// the teaser credits further down.
import { cleanText } from './clean-text.ts';

const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function resembles(text: string, titles: string[]): boolean {
  const t = compact(text);
  if (t.length < 4) return false;
  return titles.some((x) => {
    const c = compact(x);
    if (c.length < 4) return false;
    // One contains the other ("Headline" in "Headline | Outlet") and is most of it.
    const [short, long] = c.length < t.length ? [c, t] : [t, c];
    return long.includes(short) && short.length >= long.length * 0.5;
  });
}

export function findHeadline(doc: Document, titles: string[]): Element | null {
  const h1s = doc.getElementsByTagName('h1');
  let candidates: Element[] = [];
  for (let i = 0; i < h1s.length && i < 20; i++) candidates.push(h1s[i]);
  let texts = candidates.map((el) => cleanText(el.textContent));
  const matching = candidates.find((_, i) => resembles(texts[i], titles));
  if (matching) return matching;
  // Some pages mark the headline with microdata only.
  const marked = [...doc.querySelectorAll('[itemprop~="headline"]')].filter((el) => el.tagName !== 'META');
  const markedMatch = marked.find((el) => resembles(cleanText(el.textContent), titles));
  if (markedMatch) return markedMatch;
  candidates = [...candidates, ...marked.slice(0, 5)];
  texts = candidates.map((el) => cleanText(el.textContent));
  const inArticle = candidates.find(
    (el, i) => texts[i].length >= 8 && el.closest('article, main, [role="main"]'),
  );
  return inArticle ?? candidates.find((_, i) => texts[i].length >= 8) ?? null;
}

/** Orders elements by their distance from `anchor` in the tree: steps up to the closest common
 *  ancestor from both sides. Ties go to elements after the anchor, then to document order. */
export function byDistanceFrom<T extends Element>(anchor: Element | null, elements: T[]): T[] {
  if (!anchor) return elements;
  const depth = new Map<Node, number>();
  let d = 0;
  for (let n: Node | null = anchor; n; n = n.parentNode) depth.set(n, d++);
  const scored = elements.map((el, i) => {
    let up = 0;
    let n: Node | null = el;
    while (n && !depth.has(n)) {
      n = n.parentNode;
      up++;
    }
    const dist = n ? up + (depth.get(n) ?? 0) : Number.POSITIVE_INFINITY;
    // DOCUMENT_POSITION_FOLLOWING = 4: el comes after the anchor.
    const after = anchor.compareDocumentPosition(el) & 4 ? 0 : 1;
    return { el, dist, after, i };
  });
  scored.sort((a, b) => a.dist - b.dist || a.after - b.after || a.i - b.i);
  return scored.map((s) => s.el);
}
