// Runs every clutter rule and keeps the outermost finding for each block, never one that holds
// or sits inside the article's own text.

import { normalizeSpace } from '../text.ts';
import type { ClutterBlock, ClutterContext, ClutterRule } from './clutter-rule.ts';
import { googleNewsFollow } from './google-news-follow.ts';
import { headingLabels } from './heading-labels.ts';

export const CLUTTER_RULES: ClutterRule[] = [googleNewsFollow, headingLabels];

export function findClutter(ctx: ClutterContext, rules: ClutterRule[] = CLUTTER_RULES): ClutterBlock[] {
  const found: ClutterBlock[] = [];
  const seen = new Set<Element>();
  for (const rule of rules) {
    for (const f of rule.find(ctx)) {
      if (seen.has(f.element)) continue;
      if (ctx.articleRoot && f.element.contains(ctx.articleRoot)) continue;
      seen.add(f.element);
      found.push({
        ...f,
        reason: `${rule.name}: ${f.reason}`,
        chars: normalizeSpace(f.element.textContent ?? '').length,
      });
    }
  }
  // Drop findings nested in another finding: the outer block is what gets removed.
  return found.filter((b) => !found.some((o) => o !== b && o.element.contains(b.element)));
}
