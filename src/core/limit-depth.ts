// Pages that nest thousands of elements deep (generated or hostile markup) make Readability
// super-linear (72 s at depth 1000 in jsdom) and recursive DOM code overflow its stack. Real
// articles stay far shallower (35 levels at most on 211 pages sampled across ../shared/corpus;
// median 16), so the working clone is cut at MAX_DEPTH: whatever is deeper becomes plain text.

export const MAX_DEPTH = 96;

/**
 * Deepest element level below `root` (stopping once past `stop`), without recursion and without
 * allocating: this runs on every page, before anything else has warmed up.
 */
export function maxDepth(root: Element, stop = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  let depth = 0;
  let el: Element = root;
  for (;;) {
    const child = el.firstElementChild;
    if (child) {
      el = child;
      if (++depth > deepest && (deepest = depth) > stop) return deepest;
      continue;
    }
    let next: Element | null = null;
    while (el !== root && !(next = el.nextElementSibling)) {
      el = el.parentElement as Element;
      depth--;
    }
    if (!next) return deepest;
    el = next;
  }
}

/** Cuts `doc` (a working clone) to at most `limit` levels; returns whether it changed anything. */
export function limitDepth(doc: Document, limit = MAX_DEPTH): boolean {
  const root = doc.documentElement;
  if (!root || maxDepth(root, limit) <= limit) return false;
  // Anything below the limit keeps its text, not its structure.
  const levels: [Element, number][] = [[root, 0]];
  while (levels.length) {
    const [el, d] = levels.pop()!;
    if (d >= limit) {
      const flat = el.textContent;
      el.textContent = flat;
      continue;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) levels.push([c, d + 1]);
  }
  return true;
}
