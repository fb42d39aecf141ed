// The article body: Readability over a clone of the page from which clutter was already removed,
// so teasers and promos that Readability would keep never reach the reader; then a second,
// cheap clutter pass over what Readability kept (it sometimes widens to a container that still
// holds a teaser list or a promo line), and images made loadable.
import { Readability } from '@mozilla/readability';
import { markNonText } from './body-text/mark-non-text.ts';
import type { ClutterBlock } from './clutter/clutter-rule.ts';
import { findClutter, removeClutter } from './clutter/find-clutter.ts';
import { resolveLazyImages } from './lazy-images.ts';

export interface Content {
  /** The article element in the clone's document (Readability's output tree). */
  root: Element | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  publishedTime: string | null;
  dir: string | null;
  lang: string | null;
}

export function extractContent(cleaned: Document): Content {
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(cleaned, {
      serializer: (n) => n as Element,
      charThreshold: 500,
      // Class names let the second clutter pass recognise blocks; sanitizing drops them later.
      keepClasses: true,
    }).parse();
  } catch {
    parsed = null;
  }
  return {
    root: parsed?.content ?? null,
    title: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    siteName: parsed?.siteName ?? null,
    excerpt: parsed?.excerpt ?? null,
    publishedTime: parsed?.publishedTime ?? null,
    dir: parsed?.dir ?? null,
    lang: parsed?.lang ?? null,
  };
}

/**
 * Removes the clutter Readability kept, marks header lines and credits as not running text and
 * resolves lazy images; returns the clutter it removed.
 */
export function cleanContent(content: Content, url: string | null): ClutterBlock[] {
  const { root } = content;
  if (!root) return [];
  let blocks: ClutterBlock[] = [];
  try {
    blocks = findClutter({ doc: root.ownerDocument, url, articleRoot: root, scope: root });
    removeClutter(blocks);
    markNonText(root, content.title);
    resolveLazyImages(root);
  } catch {
    // The article as Readability gave it is still worth showing.
  }
  return blocks;
}
