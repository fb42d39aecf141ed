import { describe, expect, it } from 'vitest';
import { findClutter } from '../../../src/core/clutter/find-clutter.ts';
import { shareLinks } from '../../../src/core/clutter/share-links.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('share-links (fixture clutter-share-links)', () => {
  const doc = loadFixture('clutter-share-links');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [shareLinks]);

  it('reports the share bar as one social block, its caption included', () => {
    expect(blocks).toHaveLength(1);
    expect(blocks[0].kind).toBe('social');
    expect(blocks[0].element.className).toBe('a8d7');
    expect(blocks[0].label.startsWith('Share this article')).toBe(true);
  });

  it('leaves a quote paragraph that carries a single "Tweet this" link', () => {
    expect(blocks.some((b) => b.element.closest('.body'))).toBe(false);
  });
});
