import { describe, expect, it } from 'vitest';
import { adFrames } from '../../../src/core/clutter/ad-frames.ts';
import { findClutter } from '../../../src/core/clutter/find-clutter.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('ad-frames (fixture clutter-ad-frames)', () => {
  const doc = loadFixture('clutter-ad-frames');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [adFrames]);

  it('reports publisher-tag slots, AdSense units and ad-network frames, captions included', () => {
    expect(blocks.map((b) => b.element.className)).toEqual(['x1', 'x2', 'x4']);
    expect(blocks.every((b) => b.kind === 'ad' && b.label === 'Advertisement')).toBe(true);
  });

  it('leaves a video embed of the article', () => {
    expect(blocks.some((b) => b.element.className === 'x3')).toBe(false);
  });
});
