// Marks what the extracted article shows but is not its running text: the header lines above the
// body (title again, kicker, dek before the byline, byline, dateline), captions and credits
// outside <figcaption>, gallery and player controls. `textOf` skips marked elements; the reader
// view's HTML keeps them, so nothing the page shows is lost there.

import { measurePage } from '../clutter/page-stats.ts';
import { normalizeSpace, SKIP_ATTR } from '../text.ts';
import { isCreditLine } from './credit-lines.ts';
import { isDateOnly, isMetaLine } from './meta-lines.ts';
import { isWidgetLine } from './widget-lines.ts';

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'PRE',
  'ADDRESS',
]);
/** Classes that name a caption, a credit or the article's meta line. */
const META_CLASS =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|copyright|byline|bylines|dateline|timestamp|read-?time|reading-?time|post-?meta|entry-?meta|article-?meta|meta-?info|posted-?on|pubdate|photo-?credit|image-?credit|wp-caption-text)(?:[\s_-]|$)/i;
const URL_ONLY = /^https?:\/\/\S+$/;
/** The header ends within the first blocks and the first 30% of the text. */
const HEAD_BLOCKS = 8;
const HEAD_SHARE = 0.3;
/** A dek is a sentence or two; a longer block above a byline is already the body. */
const HEAD_BLOCK_MAX = 400;

interface Line {
  el: Element;
  text: string;
  linkDensity: number;
}

function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function markNonText(root: Element, title: string | null): void {
  const stats = measurePage(root.ownerDocument, root, root);
  // Leaf blocks in document order: blocks with text and no block with text inside.
  const hasBlock = new Set<Element>();
  const lines: Line[] = [];
  const els = stats.elements;
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i];
    const block = BLOCK.has(el.tagName) && stats.chars(el) > 0;
    if (block && !hasBlock.has(el)) {
      const text = normalizeSpace(el.textContent ?? '');
      lines.push({ el, text, linkDensity: stats.linkChars(el) / stats.chars(el) });
    }
    if ((block || hasBlock.has(el)) && el.parentElement) hasBlock.add(el.parentElement);
  }
  lines.reverse();
  const skip = (el: Element) => el.setAttribute(SKIP_ATTR, '');

  for (const el of els)
    if (
      el !== root &&
      stats.chars(el) <= 300 &&
      stats.prose(el) < 300 &&
      META_CLASS.test(el.getAttribute('class') ?? '')
    )
      skip(el);
  for (const l of lines) if (isCreditLine(l.text) || isWidgetLine(l.text) || isDateOnly(l.text)) skip(l.el);

  // The header: everything up to its last byline or dateline, and the title wherever it repeats.
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  const titleKey = title ? fold(title) : '';
  let seen = 0;
  let lastMeta = -1;
  let firstBody = lines.length;
  for (let i = 0; i < lines.length && i < HEAD_BLOCKS; i++) {
    const l = lines[i];
    if (seen > HEAD_SHARE * total) break;
    seen += l.text.length;
    // The title again, and the page's own address printed above it (reference lists keep theirs).
    if ((titleKey && fold(l.text) === titleKey) || URL_ONLY.test(l.text)) skip(l.el);
    if (l.text.length > HEAD_BLOCK_MAX) {
      firstBody = Math.min(firstBody, i);
      break;
    }
    if (isMetaLine(l.text)) lastMeta = i;
  }
  for (let i = 0; i <= lastMeta && i < firstBody; i++) skip(lines[i].el);
  // Without a byline or dateline, kicker and breadcrumb links still open the header.
  for (let i = 0; lastMeta < 0 && i < Math.min(firstBody, lines.length, HEAD_BLOCKS); i++) {
    const l = lines[i];
    if (l.linkDensity < 0.9 || l.text.split(' ').length > 12) break;
    skip(l.el);
  }
  // Bylines and datelines closing the article.
  for (let i = Math.max(0, lines.length - 3); i < lines.length; i++)
    if (isMetaLine(lines[i].text)) skip(lines[i].el);
}
