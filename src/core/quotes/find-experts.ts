// Quoted experts in the article body. (First version: finds nothing; the quotes issue fills it.)
import type { Expert } from '../types.ts';

export interface QuoteContext {
  /** The article body, after clutter removal. */
  root: Element;
  /** Byline names: not experts unless the body quotes them. */
  authors: string[];
}

export function findExperts(_ctx: QuoteContext): Expert[] {
  return [];
}
