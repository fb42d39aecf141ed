// The reader view's HTML: DOMPurify with the allow-list, fed a string (a removed block shown again)
// or the extracted article element itself (analyze).
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/core/sanitize.ts';
import { htmlProblems } from './support/analysis-shape.ts';
import { loadFixture } from './support/fixture-page.ts';

type Win = Window & typeof globalThis;

describe('sanitizeHtml', () => {
  it('leaves nothing executable of the payloads in xss-article, from a string or from the element', () => {
    const doc = loadFixture('xss-article');
    const win = doc.defaultView as Win;
    const fromString = sanitizeHtml(doc.body.innerHTML, win);
    const fromElement = sanitizeHtml(doc.body, win);
    for (const html of [fromString, fromElement]) {
      expect(html.length).toBeGreaterThan(200);
      expect(htmlProblems(html)).toEqual([]);
      expect(html).not.toMatch(/onerror|onload|javascript:|<script|<iframe|<svg|<form/i);
    }
  });

  it("serializes an element's content without the element, and leaves the element untouched", () => {
    const doc = loadFixture('xss-article');
    const win = doc.defaultView as Win;
    const div = doc.createElement('div');
    div.id = 'readability-page-1';
    div.innerHTML = '<p onclick="x()">One <a href="https://example.org/">link</a></p><script>x()</script>';
    const before = div.outerHTML;
    expect(sanitizeHtml(div, win)).toBe(
      '<p>One <a href="https://example.org/" target="_blank" rel="noopener noreferrer">link</a></p>',
    );
    expect(div.outerHTML).toBe(before);
  });

  it('keeps the content of a forbidden element given as the root', () => {
    const doc = loadFixture('xss-article');
    const form = doc.createElement('form');
    form.innerHTML = '<p>Kept text</p><input name="q">';
    expect(sanitizeHtml(form, doc.defaultView as Win)).toBe('<p>Kept text</p>');
  });
});
