// One bottom-up pass over the page: visible characters, link characters and prose characters of
// every element, so that rules read link density and text size in O(1) instead of calling
// textContent on ever larger ancestors (which made clutter removal quadratic on big pages).

import { findArticleRoot, titleElements } from './article-root.ts';

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
  /** Upper-case tag names, aligned with `elements` (jsdom computes `tagName` on every read). */
  tags: string[];
  /** The position of `el` in `elements`, or -1 when it is outside the measured scope. */
  indexOf(el: Element): number;
  /** The ARIA role of `elements[i]`, or null (read once here: selector queries are slow in jsdom). */
  roleAt(i: number): string | null;
  /** The position of `elements[i]`'s parent in `elements`, or -1 for the scope itself. */
  parentAt(i: number): number;
  /** Whether `elements[j]` is `elements[i]` or inside it. */
  holdsAt(i: number, j: number): boolean;
  /** `chars` of `elements[i]`. */
  charsAt(i: number): number;
  /** How many elements `elements[i]` spans, itself included (1 for an element without children). */
  sizeAt(i: number): number;
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
  /** Where the page shows the article's title: non-empty <h1>s and elements with the <title> text. */
  titles: Element[];
}

const TAG_NAMES = new Map<string, string>();

/** The upper-case tag name, as `tagName` gives it for HTML, without recomputing it each time. */
function tagName(el: Element): string {
  const local = el.localName;
  let t = TAG_NAMES.get(local);
  if (t === undefined)
    TAG_NAMES.set(
      local,
      (t = el.namespaceURI === 'http://www.w3.org/1999/xhtml' ? local.toUpperCase() : local),
    );
  return t;
}

// Space, tab, newlines, form feed, no-break space, zero-width space. A native replace, not a loop
// over characters: this runs on all the page's text before the JIT has warmed up.
const INVISIBLE = /[ \t\n\r\f\u00a0\u200b]+/g;

function countVisible(s: string): number {
  return s.replace(INVISIBLE, '').length;
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
  // One walk over every node (jsdom's getElementsByTagName('*'), querySelectorAll('*') and even
  // TreeWalker are several times slower): elements in document order, their parents, tag names
  // and own text. Script, style and template contents are not visited.
  const elements: Element[] = [];
  const parents: number[] = [];
  const tags: string[] = [];
  const own: number[] = [];
  const roles = new Map<number, string>();
  if (top) {
    elements.push(top);
    parents.push(-1);
    tags.push(tagName(top));
    own.push(0);
    const resume: (Node | null)[] = [];
    const resumeParent: number[] = [];
    let node: Node | null = SKIP.has(tags[0]) ? null : top.firstChild;
    let parent = 0;
    for (;;) {
      while (!node && resume.length) {
        node = resume.pop() ?? null;
        parent = resumeParent.pop() ?? 0;
      }
      if (!node) break;
      if (node.nodeType === 1) {
        const i = elements.length;
        const tag = tagName(node as Element);
        const role = (node as Element).getAttribute('role');
        if (role) roles.set(i, role.trim().toLowerCase());
        elements.push(node as Element);
        parents.push(parent);
        tags.push(tag);
        own.push(0);
        if (!SKIP.has(tag) && node.firstChild) {
          resume.push(node.nextSibling);
          resumeParent.push(parent);
          parent = i;
          node = node.firstChild;
          continue;
        }
      } else if (node.nodeType === 3) {
        own[parent] += countVisible(node.nodeValue ?? '');
      }
      node = node.nextSibling;
    }
  }
  const n = elements.length;
  const index = new Map<Element, number>();
  for (let i = 0; i < n; i++) index.set(elements[i], i);
  const chars = new Float64Array(n);
  const links = new Float64Array(n);
  const prose = new Float64Array(n);
  const proseFlag = new Uint8Array(n);
  const size = new Uint32Array(n).fill(1);
  // Children come after their parents in document order: walking backwards, every element's
  // totals are complete before they are added to its parent.
  for (let i = n - 1; i >= 0; i--) {
    const tag = tags[i];
    const p = parents[i];
    if (p >= 0) size[p] += size[i];
    if (SKIP.has(tag)) {
      chars[i] = links[i] = prose[i] = 0;
      continue;
    }
    const ownChars = own[i];
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
    if (p >= 0) {
      chars[p] += chars[i];
      links[p] += links[i];
      prose[p] += prose[i];
    }
  }
  const at = (el: Element) => index.get(el);
  const anchors = elements.filter((_, i) => tags[i] === 'A');
  const stats: PageStats = {
    elements,
    tags,
    indexOf: (el) => index.get(el) ?? -1,
    roleAt: (i) => roles.get(i) ?? null,
    parentAt: (i) => parents[i],
    holdsAt: (i, j) => j >= i && j < i + size[i],
    charsAt: (i) => chars[i],
    sizeAt: (i) => size[i],
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
    titles: [],
  };
  stats.titles = titleElements(doc, stats);
  stats.root = givenRoot ?? findArticleRoot(stats, (i) => proseFlag[i] === 1, stats.titles);
  return stats;
}
