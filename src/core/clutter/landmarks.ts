// ARIA landmarks and their HTML elements that are never the article: navigation (<nav>,
// role=navigation, menubar), search, banners and content-info outside the article's unit,
// toolbars, and complementary regions (<aside>) that are mostly links. A factbox <aside> of
// sentences inside the article is content and stays.

import { ownEntry } from '../own-entry.ts';
import type { ClutterKind } from '../types.ts';
import { articleUnit } from './article-root.ts';
import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

const ROLES: Record<string, ClutterKind> = {
  navigation: 'navigation',
  menubar: 'navigation',
  menu: 'navigation',
  search: 'navigation',
  toolbar: 'other',
  banner: 'navigation',
  contentinfo: 'other',
  complementary: 'other',
};

export const landmarks: ClutterRule = {
  name: 'landmarks',
  find({ stats, root }) {
    const unit = root ? articleUnit(root, stats.titles) : null;
    const out: ClutterFinding[] = [];
    let insideEnd = -1;
    for (let i = 0; i < stats.elements.length; i++) {
      if (i < insideEnd) continue;
      const tag = stats.tags[i];
      const el = stats.elements[i];
      const role = tag === 'NAV' ? 'navigation' : tag === 'ASIDE' ? 'complementary' : stats.roleAt(i);
      const kind = role ? ownEntry(ROLES, role) : undefined;
      // Empty landmarks show nothing, except a search box (a field without text).
      if (!kind || (stats.charsAt(i) === 0 && role !== 'search')) continue;
      const inUnit = !!unit && unit.contains(el);
      // Banners and footers of the article itself (its header, its byline box) are its own.
      if (inUnit && (role === 'banner' || role === 'contentinfo')) continue;
      // Asides inside the article: only link lists, not factboxes or pull quotes.
      if (role === 'complementary' && inUnit && stats.linkChars(el) < 0.5 * stats.charsAt(i)) continue;
      insideEnd = i + stats.sizeAt(i);
      out.push({
        element: el,
        kind,
        reason: `${tag === 'NAV' || tag === 'ASIDE' ? `<${tag.toLowerCase()}>` : `role=${role}`}`,
      });
    }
    return out;
  },
};
