// Blocks whose own heading or label names them as clutter ("Trending Stories", "Editor's Picks",
// "More", "Lesen Sie auch", "Author"). The label text and the block's shape decide, so this works
// when class names are meaningless (CSS-in-JS) and when the block sits inside the article.

import { normalizeSpace } from '../text.ts';
import type { ClutterKind } from '../types.ts';
import type { ClutterFinding, ClutterRule, RuleContext } from './clutter-rule.ts';
import { classifyLabel } from './label-dictionary.ts';
import type { PageStats } from './page-stats.ts';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Text beside a label that still belongs to it ("See all", a count, an arrow). */
const LABEL_EXTRA = 25;
const NON_TEXT = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|OPTION|TEXTAREA)$/;
const CONTROLS = new Set(['A', 'BUTTON', 'SELECT', 'LABEL', 'OPTION']);

interface Hit {
  /** The outermost element holding only the label's text. */
  label: Element;
  kind: ClutterKind;
  text: string;
}

function isHeading(el: Element): boolean {
  return HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading' || el.tagName === 'LEGEND';
}

function visibleLength(s: string | null): number {
  return (s ?? '').replace(/[\s\u00a0\u200b]+/g, '').length;
}

/** The nearest ancestor-or-self that is a heading, or a link/control, if any. */
function enclosing(el: Element): { heading: boolean; control: boolean } {
  let heading = false;
  let control = false;
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (isHeading(a)) heading = true;
    else if (CONTROLS.has(a.tagName)) control = true;
  }
  return { heading, control };
}

/** Headings, and leaf elements whose whole text is short: the places a label can be. */
function findHits(scope: Element, stats: PageStats): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<Element>();
  // Menus and teaser lists repeat their words: classify each text once.
  const kinds = new Map<string, ClutterKind | null>();
  const add = (el: Element, text: string) => {
    let kind = kinds.get(text);
    if (kind === undefined) kinds.set(text, (kind = classifyLabel(text)));
    if (!kind) return false;
    // Widen to wrappers that hold nothing else (span in h4 in div).
    let label = el;
    const own = stats.chars(el);
    while (label.parentElement && label.parentElement !== scope && stats.chars(label.parentElement) === own)
      label = label.parentElement;
    if (seen.has(label)) return true;
    seen.add(label);
    hits.push({ label, kind, text: normalizeSpace(text) });
    return true;
  };
  const { elements, tags } = stats;
  for (let i = 0; i < elements.length; i++) {
    const chars = stats.charsAt(i);
    if (chars < 2 || chars > 90) continue;
    const el = elements[i];
    const tag = tags[i];
    const leaf = stats.sizeAt(i) === 1;
    if (HEADING_TAGS.has(tag) || tag === 'LEGEND' || (leaf && stats.roleAt(i) === 'heading')) {
      if (!el.parentElement || !isHeading(el.parentElement)) add(el, el.textContent ?? '');
      continue;
    }
    if (chars > 60 || !leaf || NON_TEXT.test(tag)) continue;
    const only = el.firstChild;
    const text = only && !only.nextSibling ? (only.nodeValue ?? '') : (el.textContent ?? '');
    let kind = kinds.get(text);
    if (kind === undefined) kinds.set(text, (kind = classifyLabel(text)));
    if (!kind) continue;
    // A link alone is a menu item or a headline, not a label; a heading's parts were read above.
    const around = enclosing(el);
    if (!around.heading && !around.control) add(el, text);
  }
  return hits;
}

/** Whether `el` is or holds a heading (read from the measurement, not a selector query). */
function holdsHeading(el: Element, stats: PageStats): boolean {
  for (const d of stats.descendants(el)) if (isHeading(d) && stats.chars(d) > 0) return true;
  return false;
}

/** Whether nothing visible comes before `child` inside its parent. */
function isFirstText(child: Element, stats: PageStats): boolean {
  for (let s = child.previousSibling; s; s = s.previousSibling) {
    if (s.nodeType === 3 && visibleLength(s.nodeValue) > 0) return false;
    if (s.nodeType === 1 && stats.chars(s as Element) > 0) return false;
  }
  return true;
}

/** Whether the content a label heads looks like the clutter it names. */
function fitsKind(kind: ClutterKind, chars: number, linkChars: number, prose: number): boolean {
  const ld = chars ? linkChars / chars : 1;
  switch (kind) {
    case 'trending':
    case 'editors-picks':
    case 'related':
    case 'navigation':
      return chars === 0 || ld >= 0.25 || prose === 0;
    case 'social':
    case 'follow':
      return chars <= 80 || ld >= 0.6;
    case 'author-box':
      return chars <= 1500;
    case 'newsletter':
    case 'widget':
    case 'ad':
      return chars <= 1200;
    default:
      return true;
  }
}

export const headingLabels: ClutterRule = {
  name: 'heading-labels',
  find({ stats, root, scope }: RuleContext) {
    const hits = findHits(scope, stats);
    // How many labels each element holds: a block never swallows another labelled block.
    const labelsIn = new Map<Element, number>();
    for (const h of hits)
      for (let a: Element | null = h.label; a; a = a.parentElement)
        labelsIn.set(a, (labelsIn.get(a) ?? 0) + 1);
    const blocked = (p: Element, c: Element) =>
      p === scope ||
      !scope.contains(p) ||
      (root !== null && p.contains(root)) ||
      (labelsIn.get(p) ?? 0) > (labelsIn.get(c) ?? 0);

    const out: ClutterFinding[] = [];
    for (const hit of hits) {
      if (root && hit.label.contains(root)) continue;
      let block = hit.label;
      let sectioned = false;
      // Up through the label's own wrappers, then one step to the section it heads, then up
      // through wrappers that add nothing.
      for (let p = block.parentElement; p && !blocked(p, block); p = p.parentElement) {
        if (!isFirstText(block, stats)) break;
        const extra = stats.chars(p) - stats.chars(block);
        if (sectioned) {
          if (extra > 0) break;
        } else if (extra >= LABEL_EXTRA) {
          const content = stats.chars(p) - stats.chars(hit.label);
          const links = stats.linkChars(p) - stats.linkChars(hit.label);
          if (!fitsKind(hit.kind, content, links, stats.prose(p))) break;
          sectioned = true;
        }
        block = p;
      }
      // A labelled wrapper with nothing else in it yet (a widget filled in by script) is one too.
      const emptyWidget = block !== hit.label || (!isHeading(hit.label) && holdsHeading(hit.label, stats));
      if (sectioned || emptyWidget) {
        out.push({ element: block, kind: hit.kind, label: hit.text, reason: `label "${hit.text}"` });
        continue;
      }
      // No wrapper: the label heads the siblings that follow it, up to the next heading or paragraph.
      const siblings: Element[] = [];
      let chars = 0;
      let links = 0;
      for (let s = block.nextElementSibling; s; s = s.nextElementSibling) {
        if (holdsHeading(s, stats) || stats.isProse(s) || stats.prose(s) > 0) break;
        if ((labelsIn.get(s) ?? 0) > 0) break;
        siblings.push(s);
        chars += stats.chars(s);
        links += stats.linkChars(s);
        if (siblings.length >= 3) break;
      }
      if (!siblings.length || !fitsKind(hit.kind, chars, links, 0)) continue;
      out.push({ element: block, siblings, kind: hit.kind, label: hit.text, reason: `label "${hit.text}"` });
    }
    return out;
  },
};
