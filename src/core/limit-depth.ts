// Pages that nest thousands of elements deep (generated or hostile markup) make Readability
// super-linear (72 s at depth 1000 in jsdom) and recursive DOM code overflow its stack. Real
// articles stay far shallower (35 levels at most on 211 pages sampled across ../shared/corpus;
// median 16), so the working clone is cut at MAX_DEPTH: whatever is deeper becomes plain text.

export const MAX_DEPTH = 96;

/** Deepest element level below `root`, without recursion. */
export function maxDepth(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > deepest) deepest = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return deepest;
}

/** Cuts `doc` (a working clone) to at most `limit` levels; returns whether it changed anything. */
export function limitDepth(doc: Document, limit = MAX_DEPTH): boolean {
  const root = doc.documentElement;
  if (!root || maxDepth(root) <= limit) return false;
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
