import { describe, expect, it } from 'vitest';
import { findClutter, removeClutter } from '../../../src/core/clutter/find-clutter.ts';
import { outsideArticle } from '../../../src/core/clutter/outside-article.ts';
import { normalizeSpace } from '../../../src/core/text.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('outside-article (fixture clutter-outside-article)', () => {
  const doc = loadFixture('clutter-outside-article');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [outsideArticle]);

  it('reports the masthead, the teaser column and the footer around the article', () => {
    expect(blocks.map((b) => b.element.className)).toEqual(['a1', 'j0', 'l2']);
  });

  it('keeps the article unit whole: title, byline and body', () => {
    const clone = doc.cloneNode(true) as Document;
    removeClutter(findClutter({ doc: clone, url: null, articleRoot: null }, [outsideArticle]));
    const text = normalizeSpace(clone.body.textContent ?? '');
    expect(text).toContain('River cleanup draws hundreds of volunteers');
    expect(text).toContain('By Sam Okafor');
    expect(text).toContain('twelve collection points');
    expect(text).not.toContain('News from both banks');
  });
});
