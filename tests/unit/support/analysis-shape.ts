// The Analysis contract checked field by field, so robustness tests can say "a valid Analysis".
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import type { Analysis } from '../../../src/core/types.ts';

const KINDS = new Set([
  'trending',
  'editors-picks',
  'related',
  'newsletter',
  'social',
  'follow',
  'author-box',
  'promo',
  'ad',
  'comments',
  'navigation',
  'widget',
  'other',
]);

const stringOrNull = (v: unknown) => v === null || typeof v === 'string';

export function expectValidAnalysis(a: Analysis): void {
  expect(typeof a.isArticle).toBe('boolean');
  expect(a.articleScore).toBeGreaterThanOrEqual(0);
  expect(a.articleScore).toBeLessThanOrEqual(1);
  expect(stringOrNull(a.title)).toBe(true);
  expect(stringOrNull(a.outlet.name) && stringOrNull(a.outlet.domain)).toBe(true);
  for (const au of a.authors) {
    expect(typeof au.name).toBe('string');
    expect(au.name.trim().length).toBeGreaterThan(0);
    expect(stringOrNull(au.url)).toBe(true);
  }
  for (const d of [a.published, a.modified]) {
    expect(stringOrNull(d)).toBe(true);
    if (d) expect(Number.isNaN(Date.parse(d))).toBe(false);
  }
  for (const e of a.experts) {
    expect(typeof e.name).toBe('string');
    expect(stringOrNull(e.role) && stringOrNull(e.institution) && stringOrNull(e.institutionAcronym)).toBe(
      true,
    );
    for (const q of e.quotes) {
      expect(typeof q.text).toBe('string');
      expect(typeof q.direct).toBe('boolean');
    }
  }
  for (const c of a.clutter) {
    expect(KINDS.has(c.kind)).toBe(true);
    expect(typeof c.label).toBe('string');
    expect(c.chars).toBeGreaterThanOrEqual(0);
  }
  expect(typeof a.text).toBe('string');
  expect(typeof a.html).toBe('string');
  expectInertHtml(a.html);
  expect(Number.isFinite(a.readingMinutes) && a.readingMinutes >= 0).toBe(true);
  expect(typeof a.timingsMs.total).toBe('number');
  // It must survive the trip through extension messaging (structured clone / JSON).
  expect(() => JSON.stringify(a)).not.toThrow();
}

/** Sanitized HTML: nothing in it can run code or leave the page by itself. */
export function expectInertHtml(html: string): void {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  expect(
    doc.querySelectorAll(
      'script, iframe, frame, object, embed, form, base, meta, link, style, svg, math, template',
    ).length,
  ).toBe(0);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${el.tagName} has ${attr.name}`).toBe(false);
      if (
        ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background'].includes(
          attr.name,
        )
      ) {
        expect(attr.value.trim()).not.toMatch(/^(?:javascript|vbscript):/i);
        if (!(el.tagName === 'IMG' || el.tagName === 'SOURCE'))
          expect(attr.value.trim()).not.toMatch(/^data:/i);
      }
    }
  }
}
