// Running text of an article element: block elements become paragraphs (blank-line separated),
// inline runs are joined, and figure captions, credits and alt text are left out, as the
// Analysis contract asks for `text` (credits and header lines outside <figcaption> are marked
// by body-text/mark-non-text.ts).

/** Set on elements the extracted article shows but that are not its running text. */
export const SKIP_ATTR = 'data-sl-skip';

/** Elements that break running text into paragraphs. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'BR',
  'CAPTION',
  'TD',
  'TH',
]);
const SKIP = new Set([
  'FIGCAPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'IFRAME',
]);

/** Collapses white space the way a browser renders it, keeping paragraph breaks. */
export function normalizeSpace(s: string): string {
  // A lone space between words is left as it is, not replaced by itself: most white space is
  // that, and a match for every word gap cost the quotes stage 4% (it reads all body text).
  return s.replace(/(?! (?![\s\u00a0\u200b]))[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The visible running text of `root`, one paragraph per block, separated by blank lines. */
export function textOf(root: Element | null): string {
  if (!root) return '';
  const paragraphs: string[] = [];
  let run = '';
  const flush = () => {
    const t = normalizeSpace(run);
    if (t) paragraphs.push(t);
    run = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        run += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP.has(tag) || el.hasAttribute(SKIP_ATTR)) continue;
        if (tag === 'BR') {
          flush();
          continue;
        }
        if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(el);
          flush();
        } else {
          walk(el);
        }
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}
