import { describe, expect, it } from 'vitest';
import { findClutter } from '../../../src/core/clutter/find-clutter.ts';
import { googleNewsFollow } from '../../../src/core/clutter/google-news-follow.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('google-news-follow (fixture clutter-google-news-follow)', () => {
  const doc = loadFixture('clutter-google-news-follow');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [googleNewsFollow]);

  it('reports the follow box with its own words', () => {
    expect(blocks).toHaveLength(1);
    expect(blocks[0].kind).toBe('follow');
    expect(blocks[0].label).toBe('Follow The Valley Post on Google News for the latest updates.');
    expect(blocks[0].element.className).toBe('gn');
  });

  it('leaves a paragraph of the article that links to Google News', () => {
    expect(blocks.some((b) => b.element.tagName === 'P')).toBe(false);
  });
});
