// analyze(document, url) -> Analysis: the one entry point every shell uses.

import { cloneDocument } from './clone-document.ts';
import { findClutter, removeClutter } from './clutter/find-clutter.ts';
import { detectArticle } from './detect.ts';
import { cleanContent, extractContent } from './extract-content.ts';
import { limitDepth } from './limit-depth.ts';
import { extractMetadata } from './metadata/extract-metadata.ts';
import { type LdNode, readJsonLd } from './metadata/json-ld.ts';
import { findExperts } from './quotes/find-experts.ts';
import { sanitizeHtml } from './sanitize.ts';
import { countWords, textOf } from './text.ts';
import type { Analysis, AnalyzeOptions } from './types.ts';

const WORDS_PER_MINUTE = 230;

type Timings = Record<string, number>;

/**
 * Runs one stage, timed. A stage that throws (a hostile page, a DOM quirk) costs its own result,
 * not the analysis: the fallback stands in and the failure is reported in `errors`.
 */
function stage<T>(timings: Timings, errors: string[], name: string, fn: () => T, fallback: T): T {
  const t0 = performance.now();
  try {
    return fn();
  } catch (e) {
    errors.push(`${name}: ${e instanceof Error ? e.message : String(e)}`.slice(0, 300));
    return fallback;
  } finally {
    timings[name] = Math.round((performance.now() - t0) * 100) / 100;
  }
}

function domainOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
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
  const timings: Timings = {};
  const errors: string[] = [];
  const t0 = performance.now();
  // Detection and metadata both read the page's JSON-LD: it is parsed once, in the detect stage.
  let jsonLd: LdNode[] | undefined;
  const detection = stage(
    timings,
    errors,
    'detect',
    () => detectArticle(doc, url, (jsonLd = readJsonLd(doc))),
    {
      isArticle: false,
      score: 0,
      signals: {},
    },
  );
  const metadata = stage(timings, errors, 'metadata', () => extractMetadata(doc, url, jsonLd), {
    title: null,
    outlet: { name: null, domain: domainOf(url) },
    authors: [],
    published: null,
    modified: null,
    lang: null,
    excerpt: null,
  });
  const clone = stage(
    timings,
    errors,
    'clone',
    () => {
      const c = cloneDocument(doc);
      limitDepth(c);
      return c;
    },
    null,
  );
  const clutter = clone
    ? stage(
        timings,
        errors,
        'clutter',
        () => {
          const blocks = findClutter({ doc: clone, url, articleRoot: null });
          removeClutter(blocks);
          return blocks;
        },
        [],
      )
    : [];
  const noContent = {
    root: null,
    title: null,
    byline: null,
    siteName: null,
    excerpt: null,
    publishedTime: null,
    dir: null,
    lang: null,
  };
  const content = clone
    ? stage(timings, errors, 'readability', () => extractContent(clone), noContent)
    : noContent;
  const lateClutter = stage(timings, errors, 'clean', () => cleanContent(content, url), []);
  const text = stage(timings, errors, 'text', () => textOf(content.root), '');
  const experts =
    options.skipQuotes || !content.root
      ? []
      : stage(
          timings,
          errors,
          'quotes',
          () =>
            findExperts({
              root: content.root!,
              authors: metadata.authors.map((a) => a.name),
              title: metadata.title,
            }),
          [],
        );
  const view = (win ?? doc.defaultView ?? globalThis.window) as Window & typeof globalThis;
  const html =
    options.omitHtml || !content.root
      ? ''
      : stage(timings, errors, 'sanitize', () => sanitizeHtml(content.root!, view), '');
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
    ...(errors.length ? { errors } : {}),
  };
}
