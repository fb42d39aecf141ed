// analyze(document, url) -> Analysis: the one entry point every shell uses.

import { findClutter, removeClutter } from './clutter/find-clutter.ts';
import { detectArticle } from './detect.ts';
import { cleanContent, extractContent } from './extract-content.ts';
import { extractMetadata } from './metadata/extract-metadata.ts';
import { findExperts } from './quotes/find-experts.ts';
import { sanitizeHtml } from './sanitize.ts';
import { countWords, textOf } from './text.ts';
import type { Analysis, AnalyzeOptions } from './types.ts';

const WORDS_PER_MINUTE = 230;

function timed<T>(timings: Record<string, number>, stage: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    timings[stage] = Math.round((performance.now() - t0) * 100) / 100;
  }
}

/**
 * Analyzes a page. `doc` is never modified: the work happens on a clone. `win` supplies the DOM
 * implementation for sanitizing (the page's window in the browser, jsdom's in Node).
 */
export function analyze(
  doc: Document,
  url: string | null,
  options: AnalyzeOptions = {},
  win?: Window,
): Analysis {
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const detection = timed(timings, 'detect', () => detectArticle(doc, url));
  const metadata = timed(timings, 'metadata', () => extractMetadata(doc, url));
  const clone = timed(timings, 'clone', () => doc.cloneNode(true) as Document);
  const clutter = timed(timings, 'clutter', () => {
    const blocks = findClutter({ doc: clone, url, articleRoot: null });
    removeClutter(blocks);
    return blocks;
  });
  const content = timed(timings, 'readability', () => extractContent(clone));
  const lateClutter = timed(timings, 'clean', () => cleanContent(content, url));
  const text = textOf(content.root);
  const experts =
    options.skipQuotes || !content.root
      ? []
      : timed(timings, 'quotes', () =>
          findExperts({ root: content.root!, authors: metadata.authors.map((a) => a.name) }),
        );
  const view = (win ?? doc.defaultView ?? globalThis.window) as Window & typeof globalThis;
  const html =
    options.omitHtml || !content.root
      ? ''
      : timed(timings, 'sanitize', () => sanitizeHtml(content.root!.innerHTML, view));
  const wordCount = countWords(text);
  timings.total = Math.round((performance.now() - t0) * 100) / 100;
  return {
    url,
    isArticle: detection.isArticle,
    articleScore: detection.score,
    title: metadata.title ?? content.title,
    outlet: { name: metadata.outlet.name ?? content.siteName, domain: metadata.outlet.domain },
    authors: metadata.authors,
    published: metadata.published,
    modified: metadata.modified,
    lang: metadata.lang ?? content.lang,
    dir: content.dir,
    excerpt: metadata.excerpt ?? content.excerpt,
    readingMinutes: text ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0,
    wordCount,
    experts,
    clutter: [...clutter, ...lateClutter].map(({ kind, label, chars }) => ({ kind, label, chars })),
    text,
    html,
    timingsMs: timings,
  };
}
