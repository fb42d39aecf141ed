// Everything around the article that holds no running text: site header and menus, sidebars,
// footers. The article's unit is the nearest ancestor of its paragraphs that holds its title (the
// page's <h1>, or the <title> text shown on the page; else the nearest <article>); what sits beside that unit (and beside its ancestors) and has no
// prose of its own is page furniture.

import type { ClutterKind } from '../types.ts';
import { articleUnit } from './article-root.ts';
import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

function kindOf(el: Element): ClutterKind {
  const tag = el.tagName;
  const role = el.getAttribute('role') ?? '';
  if (tag === 'NAV' || tag === 'HEADER' || /^(?:navigation|banner|menubar|search)$/.test(role))
    return 'navigation';
  return 'other';
}

export const outsideArticle: ClutterRule = {
  name: 'outside-article',
  find({ stats, root, scope }) {
    if (!root) return [];
    const unit = articleUnit(root, stats.titles);
    const rootProse = stats.prose(root);
    const out: ClutterFinding[] = [];
    for (
      let inner: Element = unit;
      inner.parentElement && inner !== scope && inner.parentElement !== scope.parentElement;
      inner = inner.parentElement
    ) {
      for (const c of inner.parentElement.children) {
        if (c === inner || c.tagName === 'SCRIPT' || c.tagName === 'STYLE') continue;
        const chars = stats.chars(c);
        if (chars === 0) continue;
        const prose = stats.prose(c);
        const ld = stats.linkChars(c) / chars;
        if (prose > 0.15 * rootProse && !(ld >= 0.4 && prose < 0.5 * rootProse)) continue;
        out.push({
          element: c,
          kind: kindOf(c),
          reason: 'beside the article, no prose',
        });
      }
    }
    return out;
  },
};
