import type { ClutterKind } from '../types.ts';

/** A block the reader does not want, found on a page. */
export interface ClutterBlock {
  element: Element;
  kind: ClutterKind;
  label: string;
  chars: number;
  /** Which rule found it and why, for debugging and the "show again" list. */
  reason: string;
}

export interface ClutterContext {
  doc: Document;
  url: string | null;
  /** The element that holds the article's paragraphs, when known: never removed, nor its paragraphs. */
  articleRoot: Element | null;
}

export interface ClutterFinding {
  element: Element;
  kind: ClutterKind;
  label: string;
  reason: string;
}

/** One rule: one file under clutter/, one fixture under tests/fixtures/clutter-<name>/. */
export interface ClutterRule {
  name: string;
  find(ctx: ClutterContext): ClutterFinding[];
}
