// Readability's own test (isProbablyReaderable): enough long paragraphs somewhere on the page.
// Its thresholds are for alphabetic text; on CJK pages they are scaled so that a paragraph of
// n characters counts as one of n × density: sqrt(d·n − 140) ≥ … is sqrt(d)·sqrt(n − 140/d).
import { isProbablyReaderable } from '@mozilla/readability';

const MIN_CONTENT_LENGTH = 140;
const MIN_SCORE = 20;

export function isReaderable(doc: Document, density: number): boolean {
  if (density === 1) return isProbablyReaderable(doc);
  return isProbablyReaderable(doc, {
    minContentLength: MIN_CONTENT_LENGTH / density,
    minScore: MIN_SCORE / Math.sqrt(density),
  });
}
