// The article body: Readability over a clone of the page from which clutter was already removed,
// so teasers and promos that Readability would keep never reach the reader.
import { Readability } from '@mozilla/readability';

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
