import { normalizeSpace } from '../text.ts';
import type { PageStats } from './page-stats.ts';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND']);
const NON_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const INLINE = new Set([
  'A',
  'SPAN',
  'B',
  'STRONG',
  'EM',
  'I',
  'U',
  'SMALL',
  'ABBR',
  'TIME',
  'MARK',
  'SUB',
  'SUP',
]);

/** Shortens a label to `max` characters, on a word boundary where one is near. */
export function clipLabel(text: string, max = 80): string {
  const t = normalizeSpace(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The first words of `el` as the page shows them, reading no more text than needed. */
export function firstWords(el: Element, max = 80): string {
  let out = '';
  let lastBlock: Element | null = null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < max + 20; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || NON_TEXT.has(parent.tagName)) continue;
    const v = n.nodeValue ?? '';
    if (!v.trim()) {
      if (v) out += ' ';
      continue;
    }
    // Words of neighbouring blocks ("Facebook" "Twitter", two list items) are apart; an inline run
    // ("on <a>X</a>.") is not.
    let block: Element = parent;
    while (block !== el && INLINE.has(block.tagName) && block.parentElement) block = block.parentElement;
    if (lastBlock && lastBlock !== block && !/^[.,;:!?)]/.test(v)) out += ' ';
    out += v;
    lastBlock = block;
  }
  return clipLabel(out.replace(/(?<=\S)\s+(?=[.,;:!?])/g, ''), max);
}

/** The label a reader sees on a block: its first heading, else its first words. */
export function blockLabel(el: Element, stats?: PageStats, max = 80): string {
  let heading: Element | null = null;
  const i = stats ? stats.indexOf(el) : -1;
  if (stats && i >= 0) {
    for (let j = i, end = i + stats.sizeAt(i); j < end; j++)
      if (HEADING_TAGS.has(stats.tags[j]) && stats.charsAt(j) > 0) {
        heading = stats.elements[j];
        break;
      }
  } else {
    heading = el.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"], legend');
  }
  const text = heading ? firstWords(heading, max) : '';
  return text || firstWords(el, max);
}
