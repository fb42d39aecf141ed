import { describe, expect, it } from 'vitest';
import { classNames, kindFromNames } from '../../../src/core/clutter/class-names.ts';
import { findClutter } from '../../../src/core/clutter/find-clutter.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('class-names (fixture clutter-class-names)', () => {
  const doc = loadFixture('clutter-class-names');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [classNames]);
  const kindOf = (selector: string) => blocks.find((b) => b.element.matches(selector))?.kind;

  it('names each block by its class or id', () => {
    expect(kindOf('.weather-box')).toBe('widget');
    expect(kindOf('.breadcrumbs')).toBe('navigation');
    expect(kindOf('.ad-slot')).toBe('ad');
    expect(kindOf('.newsletter-signup')).toBe('newsletter');
    expect(kindOf('.author-bio')).toBe('author-box');
    expect(kindOf('.related-posts')).toBe('related');
    expect(kindOf('#comments')).toBe('comments');
  });

  it('ignores the taxonomy classes of the article itself and its paragraphs', () => {
    expect(blocks.some((b) => b.element.tagName === 'ARTICLE' || b.element.tagName === 'P')).toBe(false);
    expect(blocks.some((b) => b.element.classList.contains('entry-content'))).toBe(false);
  });

  it('reads class words whole, in any case style', () => {
    const el = (cls: string) => {
      const d = doc.createElement('div');
      d.className = cls;
      return d;
    };
    expect(kindFromNames(el('relatedPosts'))).toBe('related');
    expect(kindFromNames(el('most_read'))).toBe('trending');
    expect(kindFromNames(el('masthead'))).toBeNull();
    expect(kindFromNames(el('header-ads'))).toBe('ad');
    expect(kindFromNames(el('tag-comments'))).toBeNull();
  });
});
