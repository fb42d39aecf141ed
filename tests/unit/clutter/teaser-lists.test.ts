import { describe, expect, it } from 'vitest';
import { findClutter } from '../../../src/core/clutter/find-clutter.ts';
import { teaserLists } from '../../../src/core/clutter/teaser-lists.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('teaser-lists (fixture clutter-teaser-lists)', () => {
  const url = 'https://journal.example/2025/01/03/bakeries-heat-pumps/';
  const doc = loadFixture('clutter-teaser-lists', url);
  const blocks = findClutter({ doc, url, articleRoot: null }, [teaserLists]);

  it('reports a list and a row of cards that link to other articles of the site', () => {
    expect(blocks.map((b) => b.element.tagName === 'UL' || b.element.className)).toEqual([true, 'c2']);
    expect(blocks.every((b) => b.kind === 'related')).toBe(true);
    expect(blocks[0].label.startsWith('Flour prices fall after a good harvest A sourdough school')).toBe(
      true,
    );
  });

  it('leaves a paragraph with links to the site, a list of sources elsewhere and a menu', () => {
    const texts = blocks.map((b) => b.element.textContent ?? '');
    expect(texts.some((t) => t.includes('published on Friday'))).toBe(false);
    expect(texts.some((t) => t.includes("Bakers' guild, annual energy report"))).toBe(false);
    expect(texts.some((t) => t.includes('Business'))).toBe(false);
  });
});
