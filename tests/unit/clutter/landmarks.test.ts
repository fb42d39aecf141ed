import { describe, expect, it } from 'vitest';
import { findClutter } from '../../../src/core/clutter/find-clutter.ts';
import { landmarks } from '../../../src/core/clutter/landmarks.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('landmarks (fixture clutter-landmarks)', () => {
  const doc = loadFixture('clutter-landmarks');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [landmarks]);
  const found = (sel: string) => blocks.find((b) => b.element.matches(sel));

  it('reports navigation, search and link asides', () => {
    expect(found('nav')?.kind).toBe('navigation');
    expect(found('[role="search"]')?.kind).toBe('navigation');
    expect(found('.p4')).toBeDefined();
    expect(found('.p5')).toBeDefined();
  });

  it('keeps a factbox aside of sentences inside the article', () => {
    expect(found('.p3')).toBeUndefined();
  });
});
