import { describe, expect, it } from 'vitest';
import { findClutter } from '../../../src/core/clutter/find-clutter.ts';
import { socialFollow } from '../../../src/core/clutter/social-follow.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('social-follow (fixture clutter-social-follow)', () => {
  const doc = loadFixture('clutter-social-follow');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [socialFollow]);

  it('reports the bar of profile links with its words', () => {
    expect(blocks).toHaveLength(1);
    expect(blocks[0].kind).toBe('follow');
    expect(blocks[0].element.className).toBe('f9');
    expect(blocks[0].label).toBe('Follow us');
  });

  it('leaves a paragraph that links to three networks in its sentences', () => {
    expect(blocks.some((b) => b.element.closest('.t1'))).toBe(false);
  });
});
