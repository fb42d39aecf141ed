import { describe, expect, it } from 'vitest';
import { findClutter, removeClutter } from '../../../src/core/clutter/find-clutter.ts';
import { headingLabels } from '../../../src/core/clutter/heading-labels.ts';
import { classifyLabel } from '../../../src/core/clutter/label-dictionary.ts';
import { normalizeSpace } from '../../../src/core/text.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('heading-labels (fixture clutter-heading-labels)', () => {
  const doc = loadFixture('clutter-heading-labels');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [headingLabels]);
  const byLabel = new Map(blocks.map((b) => [b.label, b]));

  it('reports each labelled block with its own label and kind', () => {
    expect(byLabel.get('Related')?.kind).toBe('related');
    expect(byLabel.get('Читайте также')?.kind).toBe('related');
    expect(byLabel.get('Author')?.kind).toBe('author-box');
    expect(byLabel.get("Editor's Picks")?.kind).toBe('editors-picks');
    expect(byLabel.get('Lesen Sie auch')?.kind).toBe('related');
    expect(byLabel.get('Most Read')?.kind).toBe('trending');
  });

  it('takes the list an unwrapped heading labels, and stops at the next paragraph', () => {
    const related = byLabel.get('Related')!;
    expect(related.elements.map((e) => e.tagName)).toEqual(['H3', 'UL']);
  });

  it('finds a plain-text label by its words when class names say nothing', () => {
    const block = byLabel.get('Читайте также')!;
    expect(normalizeSpace(block.element.textContent ?? '')).toContain('Профсоюз докеров');
  });

  it('never takes the article or a heading of its own', () => {
    const clone = doc.cloneNode(true) as Document;
    removeClutter(findClutter({ doc: clone, url: null, articleRoot: null }, [headingLabels]));
    const text = normalizeSpace(clone.body.textContent ?? '');
    expect(text).toContain('More than a crane');
    for (const p of doc.querySelectorAll('article p'))
      expect(text).toContain(normalizeSpace(p.textContent ?? ''));
    expect(text).not.toContain('Dredging of the inner basin starts');
    expect(text).not.toContain('Ferry timetable');
  });

  it('knows the labels in five languages, and only whole labels', () => {
    expect(classifyLabel('Trending Stories')).toBe('trending');
    expect(classifyLabel('Meistgelesen')).toBe('trending');
    expect(classifyLabel('Les plus lus')).toBe('trending');
    expect(classifyLabel('Lo más leído')).toBe('trending');
    expect(classifyLabel('Самое читаемое')).toBe('trending');
    expect(classifyLabel('Empfehlungen der Redaktion')).toBe('editors-picks');
    expect(classifyLabel('À lire aussi')).toBe('related');
    expect(classifyLabel('Te puede interesar')).toBe('related');
    expect(classifyLabel('Newsletter abonnieren')).toBe('newsletter');
    expect(classifyLabel('Об авторе')).toBe('author-box');
    expect(classifyLabel('Comments (12)')).toBe('comments');
    expect(classifyLabel('More News from Sci-Tech')).toBe('related');
    expect(classifyLabel('More than a crane')).toBeNull();
    expect(classifyLabel('The most read book of the year')).toBeNull();
  });
});
