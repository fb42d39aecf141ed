// The article body as paragraphs with offsets into one running text, so every passage found later
// can be anchored (TextQuoteSelector) and list items / block quotes keep their kind.
import { BLOCK_TAGS, normalizeSpace, SKIP_ATTR } from '../text.ts';

export type ParagraphKind = 'p' | 'li' | 'blockquote' | 'heading';

export interface Paragraph {
  text: string;
  /** Offset of `text` in the running text. */
  start: number;
  kind: ParagraphKind;
}

export interface BodyText {
  text: string;
  paragraphs: Paragraph[];
}

// Captions, credits and controls never carry the article's own quotes.
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
  'CAPTION',
  'FIGURE',
  'NAV',
  'ASIDE',
  'FOOTER',
]);
const HEADING = /^H[1-6]$/;

/** Paragraphs of `root` joined by blank lines (the same shape as `textOf`). */
export function collectParagraphs(root: Element): BodyText {
  const paragraphs: Paragraph[] = [];
  let text = '';
  let run = '';
  let kind: ParagraphKind = 'p';
  const flush = () => {
    const t = normalizeSpace(run);
    run = '';
    if (!t) return;
    if (text) text += '\n\n';
    paragraphs.push({ text: t, start: text.length, kind });
    text += t;
  };
  const walk = (node: Node, k: ParagraphKind) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        run += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      // Captions and credits the body-text stage marked are not the article's words.
      if (SKIP.has(tag) || el.hasAttribute(SKIP_ATTR)) continue;
      if (tag === 'BR') {
        flush();
        kind = k;
        continue;
      }
      if (!BLOCK_TAGS.has(tag)) {
        walk(el, k);
        continue;
      }
      const inner: ParagraphKind =
        tag === 'LI' ? 'li' : tag === 'BLOCKQUOTE' ? 'blockquote' : HEADING.test(tag) ? 'heading' : k;
      flush();
      kind = inner;
      walk(el, inner);
      flush();
      kind = k;
    }
  };
  walk(root, 'p');
  flush();
  return { text, paragraphs };
}
