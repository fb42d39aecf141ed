// Scrolls to a quote and highlights it with the CSS Custom Highlight API, which paints a Range
// without touching the DOM (so the page still restores exactly); selection as a fallback.
import { findAnchor } from '../core/text-anchor.ts';
import type { TextAnchor } from '../core/types.ts';
import { adoptStyles } from './adopt-styles.ts';

const NAME = 'sourcelight-quote';
export const HIGHLIGHT_CSS = `::highlight(${NAME}) { background-color: #ffd54a; color: #111; }`;
let pageStyled = false;

export function highlightQuote(root: Document | ShadowRoot, anchor: TextAnchor): boolean {
  const range = findAnchor(root, anchor);
  if (!range) return false;
  const el = range.startContainer.parentElement;
  // Smooth where the reader can see it move; instant for those who ask for less motion, and in a
  // hidden tab, where the animation would not run.
  const smooth =
    document.visibilityState === 'visible' && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  el?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (registry && HighlightCtor) {
    if (root instanceof Document && !pageStyled) {
      adoptStyles(root, HIGHLIGHT_CSS);
      pageStyled = true;
    }
    registry.set(NAME, new HighlightCtor(range));
  } else {
    const sel = getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  return true;
}

export function clearHighlight(): void {
  (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete(NAME);
}
