// "Follow <outlet> on Google News" boxes: a short block linking to news.google.com/publications.
import { normalizeSpace } from '../text.ts';
import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

export const googleNewsFollow: ClutterRule = {
  name: 'google-news-follow',
  find({ doc }) {
    const out: ClutterFinding[] = [];
    for (const a of doc.querySelectorAll(
      'a[href*="news.google.com/publications"], a[href*="news.google.com/s/"]',
    )) {
      let block: Element = a;
      // Climb to the smallest block that reads as the whole promo, but stay short.
      while (block.parentElement && normalizeSpace(block.parentElement.textContent ?? '').length < 220) {
        if (block.parentElement === doc.body) break;
        block = block.parentElement;
      }
      out.push({
        element: block,
        kind: 'follow',
        label: normalizeSpace(block.textContent ?? '').slice(0, 80),
        reason: 'links to news.google.com',
      });
    }
    return out;
  },
};
