// One bottom-up pass over the page: visible characters, link characters and prose characters of
// every element, so that rules read link density and text size in O(1) instead of calling
// textContent on ever larger ancestors (which made clutter removal quadratic on big pages).

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'svg', 'SVG', 'HEAD']);
/** Elements that hold a paragraph of running text when their own text is long enough. */
const PROSE_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'TD']);
/** Containers that hold running text directly (`<div>text<br>text</div>`). */
const TEXT_CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'SPAN', 'FONT', 'CENTER', 'TD']);
/** A paragraph of the article: long enough and not mostly links. */
const PROSE_MIN_CHARS = 80;
const PROSE_MAX_LINK_DENSITY = 0.35;

export interface PageStats {
  /** Elements of the page in document order. */
  elements: Element[];
  /** The links of the page (`<a>` elements), in document order. */
  links: Element[];
  /** Non-space characters of visible text inside `el`. */
  chars(el: Element): number;
  /** Non-space characters inside links. */
  linkChars(el: Element): number;
  /** Characters of prose paragraphs (long, few links) inside `el`. */
  prose(el: Element): number;
  /** Whether `el` itself is a prose paragraph. */
  isProse(el: Element): boolean;
  /** The elements inside `el` (itself first), in document order, without a DOM query. */
  descendants(el: Element): Element[];
  /** The element that holds the article's paragraphs, or null on a page without prose. */
  root: Element | null;
}

function countVisible(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Space, tab, newlines, no-break space, zero-width space.
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160 && c !== 0x200b && c !== 12) n++;
  }
  return n;
}

/**
 * Measures `scope` (the page's body by default). With `givenRoot`, that element is the article's
 * container; otherwise the one with the most prose around it is.
 */
export function measurePage(
  doc: Document,
  givenRoot: Element | null = null,
  scope?: Element | null,
): PageStats {
  const top = scope ?? doc.body ?? doc.documentElement;
  // A TreeWalker: jsdom's getElementsByTagName('*') and querySelectorAll('*') are many times slower.
  const elements: Element[] = [];
  if (top) {
    const walker = doc.createTreeWalker(top, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let n: Node | null = top; n; n = walker.nextNode()) elements.push(n as Element);
  }
  const index = new Map<Element, number>();
  for (let i = 0; i < elements.length; i++) index.set(elements[i], i);
  const n = elements.length;
  const chars = new Float64Array(n);
  const links = new Float64Array(n);
  const prose = new Float64Array(n);
  const proseFlag = new Uint8Array(n);
  const size = new Uint32Array(n).fill(1);
  // Children come after their parents in document order: walking backwards, every element's
  // totals are complete before they are added to its parent.
  for (let i = n - 1; i >= 0; i--) {
    const el = elements[i];
    const tag = el.tagName;
    const parent = el.parentElement;
    const p = parent ? index.get(parent) : undefined;
    if (p !== undefined) size[p] += size[i];
    if (SKIP.has(tag)) {
      chars[i] = links[i] = prose[i] = 0;
      continue;
    }
    let ownChars = 0;
    for (let c = el.firstChild; c; c = c.nextSibling)
      if (c.nodeType === 3) ownChars += countVisible(c.nodeValue ?? '');
    chars[i] += ownChars;
    if (tag === 'A') links[i] = chars[i];
    const total = chars[i];
    const ld = total ? links[i] / total : 0;
    // Only leaf paragraphs count (a <td> or <li> holding paragraphs is a container, not one).
    const leaf = tag === 'P' || prose[i] === 0;
    if (
      leaf &&
      total >= PROSE_MIN_CHARS &&
      ld <= PROSE_MAX_LINK_DENSITY &&
      (PROSE_TAGS.has(tag) || (TEXT_CONTAINERS.has(tag) && ownChars >= PROSE_MIN_CHARS))
    ) {
      proseFlag[i] = 1;
      prose[i] = total;
    }
    if (p !== undefined) {
      chars[p] += chars[i];
      links[p] += links[i];
      prose[p] += prose[i];
    }
  }
  const at = (el: Element) => index.get(el);
  const anchors = elements.filter((e) => e.tagName === 'A');
  const stats: PageStats = {
    elements,
    links: anchors,
    chars: (el) => {
      const i = at(el);
      return i === undefined ? 0 : chars[i];
    },
    linkChars: (el) => {
      const i = at(el);
      return i === undefined ? 0 : links[i];
    },
    prose: (el) => {
      const i = at(el);
      return i === undefined ? 0 : prose[i];
    },
    isProse: (el) => {
      const i = at(el);
      return i !== undefined && proseFlag[i] === 1;
    },
    descendants: (el) => {
      const i = at(el);
      return i === undefined ? [] : elements.slice(i, i + size[i]);
    },
    root: null,
  };
  stats.root = givenRoot ?? findArticleRoot(stats, proseFlag, prose);
  return stats;
}

/**
 * The container of the article's paragraphs: the element whose children and grandchildren hold
 * the most prose (Readability's idea, without its cost), widened to its parent when the article
 * is split into sibling groups (paragraph groups around an ad, say).
 */
function findArticleRoot(stats: PageStats, proseFlag: Uint8Array, prose: Float64Array): Element | null {
  const score = new Map<Element, number>();
  const { elements } = stats;
  for (let i = 0; i < elements.length; i++) {
    if (!proseFlag[i]) continue;
    const p = elements[i].parentElement;
    if (!p) continue;
    score.set(p, (score.get(p) ?? 0) + prose[i]);
    const g = p.parentElement;
    if (g) score.set(g, (score.get(g) ?? 0) + prose[i] / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score)
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  if (!best) return null;
  for (let p = best.parentElement; p && p.tagName !== 'BODY' && p.tagName !== 'HTML'; p = p.parentElement) {
    if ((score.get(p) ?? 0) < 0.6 * bestScore) break;
    best = p;
  }
  return best;
}
