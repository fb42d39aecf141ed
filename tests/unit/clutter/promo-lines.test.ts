import { describe, expect, it } from 'vitest';
import { findClutter } from '../../../src/core/clutter/find-clutter.ts';
import { promoLines } from '../../../src/core/clutter/promo-lines.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('promo-lines (fixture clutter-promo-lines)', () => {
  const doc = loadFixture('clutter-promo-lines');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [promoLines]);
  const kinds = Object.fromEntries(blocks.map((b) => [b.label.slice(0, 20), b.kind]));

  it('reports the promo lines of the body, each with its kind', () => {
    expect(kinds).toEqual({
      'READ MORE: Cider mak': 'related',
      'Sign up for our news': 'newsletter',
      'Follow us on Twitter': 'follow',
      'Read the latest Busi': 'promo',
    });
  });

  it('keeps sentences that merely start like a promo', () => {
    const labels = blocks.map((b) => b.label);
    expect(labels.some((l) => l.startsWith('Read more about the growers'))).toBe(false);
    expect(labels.some((l) => l.startsWith('Click here to get more information'))).toBe(false);
  });

  it('removes the line as a whole, not its paragraph parts', () => {
    const promo = blocks.find((b) => b.kind === 'promo')!;
    expect(promo.element.tagName).toBe('P');
  });
});
