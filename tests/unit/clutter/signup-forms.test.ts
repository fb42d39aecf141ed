import { describe, expect, it } from 'vitest';
import { findClutter } from '../../../src/core/clutter/find-clutter.ts';
import { signupForms } from '../../../src/core/clutter/signup-forms.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('signup-forms (fixture clutter-signup-forms)', () => {
  const doc = loadFixture('clutter-signup-forms');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [signupForms]);

  it('reports the newsletter box with its pitch, whatever its language', () => {
    expect(blocks).toHaveLength(1);
    expect(blocks[0].kind).toBe('newsletter');
    expect(blocks[0].element.className).toBe('w3');
    expect(blocks[0].label.startsWith('Der Morgen-Newsletter')).toBe(true);
  });

  it('leaves search and login forms alone', () => {
    expect(blocks.some((b) => b.element.closest('header, .z9'))).toBe(false);
  });
});
