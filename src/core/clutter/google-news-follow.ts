// "Follow <outlet> on Google News" boxes: a short block around a link to news.google.com.

import { firstWords } from './block-label.ts';
import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

/** A promo this long is a sentence or two; a longer parent is the article or a sidebar. */
const MAX_CHARS = 220;

export const googleNewsFollow: ClutterRule = {
  name: 'google-news-follow',
  find({ stats, root, scope }) {
    const out: ClutterFinding[] = [];
    for (const a of stats.links) {
      if (!(a.getAttribute('href') ?? '').includes('news.google.com')) continue;
      let block: Element = a;
      for (let p = a.parentElement; p && p !== scope; p = p.parentElement) {
        if (stats.chars(p) > MAX_CHARS || (root && p.contains(root))) break;
        block = p;
      }
      out.push({
        element: block,
        kind: 'follow',
        label: firstWords(block),
        reason: 'links to news.google.com',
      });
    }
    return out;
  },
};
