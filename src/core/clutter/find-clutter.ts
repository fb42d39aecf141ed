// Runs every clutter rule over one measurement of the page and keeps what is safe to remove:
// never the article's container or an ancestor of it, never a block holding a real share of its
// paragraphs. Works on a clone (analyze) and on the live page (auto-declutter) alike.

import { normalizeSpace } from '../text.ts';
import { adFrames } from './ad-frames.ts';
import { blockLabel } from './block-label.ts';
import { classNames } from './class-names.ts';
import type {
  ClutterBlock,
  ClutterContext,
  ClutterFinding,
  ClutterRule,
  RuleContext,
} from './clutter-rule.ts';
import { commentForms } from './comment-forms.ts';
import { googleNewsFollow } from './google-news-follow.ts';
import { headingLabels } from './heading-labels.ts';
import { landmarks } from './landmarks.ts';
import { outsideArticle } from './outside-article.ts';
import { measurePage, type PageStats } from './page-stats.ts';
import { promoLines } from './promo-lines.ts';
import { shareLinks } from './share-links.ts';
import { signupForms } from './signup-forms.ts';
import { socialFollow } from './social-follow.ts';
import { teaserLists } from './teaser-lists.ts';
import { weatherDateWidgets } from './weather-date-widgets.ts';

/** Specific rules first: where two find the same element, the first one names it. */
export const CLUTTER_RULES: ClutterRule[] = [
  googleNewsFollow,
  shareLinks,
  socialFollow,
  signupForms,
  commentForms,
  adFrames,
  headingLabels,
  promoLines,
  teaserLists,
  classNames,
  landmarks,
  weatherDateWidgets,
  outsideArticle,
];

/** Rules that take whole regions by position or landmark rather than by what they are. */
const REGION_RULES = new Set(['outside-article', 'landmarks']);

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the Node global (pure core)

/** A block inside the article may hold at most this share of the article's prose. */
const MAX_ROOT_PROSE_SHARE = 0.25;

/**
 * Whether `outer` contains `inner` (or is it), read from the measurement's document order where
 * both were measured: `contains` walks ancestors, and findClutter asks it of every pair of blocks.
 */
function holds(stats: PageStats, outer: Element, inner: Element): boolean {
  const o = stats.indexOf(outer);
  const i = stats.indexOf(inner);
  if (o < 0 || i < 0) return outer.contains(inner);
  return i >= o && i < o + stats.sizeAt(o);
}

function isSafe(f: ClutterFinding, ctx: RuleContext, guarded: Element[]): boolean {
  const { stats, root, scope } = ctx;
  const all = [f.element, ...(f.siblings ?? [])];
  let prose = 0;
  for (const el of all) {
    if (el === scope || !holds(stats, scope, el)) return false;
    if (root && holds(stats, el, root)) return false;
    for (const g of guarded) if (holds(stats, el, g)) return false;
    prose += stats.prose(el);
  }
  if (!root) return true;
  const rootProse = stats.prose(root);
  if (holds(stats, root, f.element)) return prose <= MAX_ROOT_PROSE_SHARE * rootProse;
  // Outside the article: never a block with more running text than the article itself, but for
  // the readers' comments after it, which often outgrow a short post.
  if (f.kind === 'comments' && all.every((el) => root.compareDocumentPosition(el) & FOLLOWING)) return true;
  return prose < rootProse || prose === 0;
}

/** Clutter blocks of the page, in document order. `ctx.doc` is not modified. */
export function findClutter(ctx: ClutterContext, rules: ClutterRule[] = CLUTTER_RULES): ClutterBlock[] {
  const scope = ctx.scope ?? ctx.doc.body ?? ctx.doc.documentElement;
  if (!scope) return [];
  const stats = measurePage(ctx.doc, ctx.articleRoot, scope);
  const rc: RuleContext = { doc: ctx.doc, url: ctx.url, stats, root: stats.root, scope };
  // Besides the article's paragraphs, the page's main region and its visible title are never
  // removed, whatever a rule says (the paragraphs may be found in the wrong place on a page
  // whose article is short).
  const guarded = stats.elements.filter((_, i) => stats.tags[i] === 'MAIN' || stats.roleAt(i) === 'main');
  guarded.push(...stats.titles);
  const found: ClutterBlock[] = [];
  const seen = new Set<Element>();
  for (const rule of rules) {
    let findings: ClutterFinding[];
    try {
      findings = rule.find(rc);
    } catch {
      // One broken rule on one odd page must not cost the reader the others.
      continue;
    }
    for (const f of findings) {
      if (seen.has(f.element) || !isSafe(f, rc, guarded)) continue;
      seen.add(f.element);
      const elements = [f.element, ...(f.siblings ?? [])];
      found.push({
        element: f.element,
        elements,
        kind: f.kind,
        label: f.label ?? '',
        chars: elements.reduce((n, el) => n + stats.chars(el), 0),
        reason: `${rule.name}: ${f.reason}`,
        rule: rule.name,
      });
    }
  }
  // A block inside another block of the same kind is part of it, and so is a block inside a
  // block a rule recognised for what it is (a teaser list inside "Trending Stories"). Inside a
  // region taken by position or landmark (a sidebar, the masthead), the blocks are still
  // reported: the reader sees what the region held.
  const isRegion = (b: ClutterBlock) =>
    REGION_RULES.has(b.rule) || b.kind === 'navigation' || b.kind === 'other';
  // Read up each block's ancestors (a few dozen) rather than against every other block: a page
  // can yield hundreds of blocks.
  const owners = new Map<Element, ClutterBlock[]>();
  for (const b of found)
    for (const e of b.elements) {
      const list = owners.get(e);
      if (list) list.push(b);
      else owners.set(e, [b]);
    }
  const kept = found.filter((b) => {
    for (let a: Element | null = b.element; a; a = a.parentElement) {
      const list = owners.get(a);
      if (list?.some((o) => o !== b && (o.kind === b.kind || !isRegion(o)))) return false;
    }
    return true;
  });
  // Labels are read only for the blocks kept: rules that find many leave them out.
  for (const b of kept) b.label = normalizeSpace(b.label || blockLabel(b.element, stats)) || b.kind;
  const order = (b: ClutterBlock) => stats.indexOf(b.element);
  return kept.sort((a, b) =>
    a.element === b.element
      ? 0
      : order(a) >= 0 && order(b) >= 0
        ? order(a) - order(b)
        : a.element.compareDocumentPosition(b.element) & 4
          ? -1
          : 1,
  );
}

/** Removes the blocks from their (cloned) document. */
export function removeClutter(blocks: ClutterBlock[]): void {
  for (const b of blocks) for (const el of b.elements) el.remove();
}
