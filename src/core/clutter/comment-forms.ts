// Comment sections found by their form: a text area to write in, under a short call ("Leave a
// reply", "Kommentar schreiben"), with the thread that goes with it when they share a container.

import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

/** Climbing from the form stops before a block with this share of the article's prose. */
const MAX_ROOT_SHARE = 0.2;

export const commentForms: ClutterRule = {
  name: 'comment-forms',
  find({ stats, root, scope }) {
    const out: ClutterFinding[] = [];
    const rootProse = root ? stats.prose(root) : 0;
    for (let i = 0; i < stats.elements.length; i++) {
      if (stats.tags[i] !== 'TEXTAREA') continue;
      const form = stats.elements[i].closest('form') ?? stats.elements[i];
      // The thread and the form together: up while the block does not reach into the article.
      let block: Element = form;
      for (let p = block.parentElement; p && p !== scope; p = p.parentElement) {
        if (root && (p.contains(root) || root.contains(p))) break;
        if (rootProse && stats.prose(p) > Math.max(MAX_ROOT_SHARE * rootProse, stats.prose(block))) break;
        if (p.tagName === 'MAIN' || p.tagName === 'ARTICLE' || p.tagName === 'BODY') break;
        block = p;
      }
      out.push({ element: block, kind: 'comments', reason: 'form with a text area' });
    }
    return out;
  },
};
