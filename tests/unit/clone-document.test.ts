// cloneDocument: the working copy keeps the page's URL, mode, title and body, drops <style>, and
// leaves the page itself as it was.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cloneDocument } from '../../src/core/clone-document.ts';

const PAGE = `<!doctype html><html lang="de"><head><title>Headline – Outlet</title>
<style>p { color: red }</style><meta name="author" content="A. Writer"></head>
<body><style>.x { display: none }</style><article><h1>Headline</h1><p>Text <a href="#fn1">1</a></p>
<svg><style>circle { fill: blue }</style></svg></article></body></html>`;

describe('cloneDocument', () => {
  const dom = new JSDOM(PAGE, { url: 'https://example.org/2024/05/story' });
  const doc = dom.window.document;
  const before = doc.documentElement.outerHTML;
  const copy = cloneDocument(doc);

  it('keeps URL, mode, language, title, head metadata and body', () => {
    expect(copy.URL).toBe('https://example.org/2024/05/story');
    expect(copy.compatMode).toBe(doc.compatMode);
    expect(copy.doctype?.name).toBe('html');
    expect(copy.documentElement.lang).toBe('de');
    expect(copy.title).toBe('Headline – Outlet');
    expect(copy.querySelector('meta[name=author]')?.getAttribute('content')).toBe('A. Writer');
    expect(copy.querySelector('article p')?.textContent).toBe('Text 1');
    expect((copy.querySelector('article a') as HTMLAnchorElement).href).toBe(
      'https://example.org/2024/05/story#fn1',
    );
  });

  it('drops every style element, in head, body and SVG', () => {
    expect(copy.querySelectorAll('style')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(3);
  });

  it('is a separate document and leaves the page untouched', () => {
    expect(copy).not.toBe(doc);
    expect(copy.body.ownerDocument).toBe(copy);
    copy.body.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
