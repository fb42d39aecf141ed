import type { ClutterKind } from '../types.ts';
import type { PageStats } from './page-stats.ts';

/** A block the reader does not want, found on a page. */
export interface ClutterBlock {
  /** The block's main element (its wrapper, or its heading when the block has none). */
  element: Element;
  /**
   * Every element that makes up the block, `element` first: a heading without a wrapper is
   * followed by the sibling list or form it labels.
   */
  elements: Element[];
  kind: ClutterKind;
  label: string;
  chars: number;
  /** Which rule found it and why, for debugging and the "show again" list. */
  reason: string;
  /** The name of the rule that found it. */
  rule: string;
}

export interface ClutterContext {
  doc: Document;
  url: string | null;
  /** The element that holds the article's paragraphs, when known; found on the page otherwise. */
  articleRoot: Element | null;
  /** Where to look (the body by default): the extracted article, for a second pass over it. */
  scope?: Element | null;
}

/** What a rule sees: the page, its measurements and the article's own container. */
export interface RuleContext {
  doc: Document;
  url: string | null;
  stats: PageStats;
  /** The article's paragraph container (never removed, nor a share of its paragraphs). */
  root: Element | null;
  /** The element every finding must lie inside: the body, or the extracted article. */
  scope: Element;
}

export interface ClutterFinding {
  element: Element;
  /** Following siblings that belong to the block (a heading's list). */
  siblings?: Element[];
  kind: ClutterKind;
  /** The block's heading or first words; left out, it is read from the block when kept. */
  label?: string;
  reason: string;
}

/** One rule: one file under clutter/, one fixture under tests/fixtures/clutter-<name>/. */
export interface ClutterRule {
  name: string;
  find(ctx: RuleContext): ClutterFinding[];
}
