import { describe, expect, it } from 'vitest';
import { commentForms } from '../../../src/core/clutter/comment-forms.ts';
import { findClutter } from '../../../src/core/clutter/find-clutter.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('comment-forms (fixture clutter-comment-forms)', () => {
  const doc = loadFixture('clutter-comment-forms');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [commentForms]);

  it('reports the thread and its form as one comments block', () => {
    expect(blocks).toHaveLength(1);
    expect(blocks[0].kind).toBe('comments');
    expect(blocks[0].element.className).toBe('r5');
  });

  it('stops short of the article and the main region', () => {
    expect(blocks[0].element.contains(doc.querySelector('article'))).toBe(false);
  });
});

describe('a comment thread longer than a short post (fixture clutter-long-comment-thread)', () => {
  const doc = loadFixture('clutter-long-comment-thread');
  const blocks = findClutter({ doc, url: null, articleRoot: null });

  it('is removed as comments, though it holds more text than the article before it', () => {
    const thread = blocks.find((b) => b.element.id === 'comments');
    expect(thread?.kind).toBe('comments');
  });

  it('leaves the post itself', () => {
    for (const b of blocks) expect(b.element.contains(doc.querySelector('.entry-content'))).toBe(false);
  });
});
