// W3C TextQuoteSelector anchors: made from the article text when a quote is found, and used to
// find the same passage again in the live page or the reader view (whose DOMs differ).
import type { TextAnchor } from './types.ts';

const CONTEXT = 32;

export function makeAnchor(fullText: string, start: number, end: number): TextAnchor {
  return {
    exact: fullText.slice(start, end),
    prefix: fullText.slice(Math.max(0, start - CONTEXT), start),
    suffix: fullText.slice(end, end + CONTEXT),
  };
}

interface Flat {
  text: string;
  /** For each character of `text`, its text node and offset. */
  nodes: Text[];
  starts: number[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function flatten(root: Node): Flat {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? 2 : 1),
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += n.nodeValue ?? '';
  }
  return { text, nodes, starts };
}

/** White space and quote styles differ between page and analysis: compare a folded form. */
function fold(s: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s[i];
    if (/\s|\u00a0|\u200b/.test(c)) {
      if (space) continue;
      space = true;
      c = ' ';
    } else {
      space = false;
      c = c
        .replace(/[‘’‚‛]/, "'")
        .replace(/[“”„‟«»]/, '"')
        .replace(/[‐‑‒–—―]/, '-')
        .toLowerCase();
    }
    folded += c;
    map.push(i);
  }
  return { folded, map };
}

function position(flat: Flat, offset: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = flat.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (flat.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = flat.nodes[lo];
  return node ? { node, offset: Math.min(offset - flat.starts[lo], node.length) } : null;
}

/** A Range over the anchored passage inside `root`, or null. Prefers the match whose context agrees. */
export function findAnchor(root: Node, anchor: TextAnchor): Range | null {
  const flat = flatten(root);
  const hay = fold(flat.text);
  const exact = fold(anchor.exact.trim()).folded.trim();
  if (!exact) return null;
  // Long passages: match on their opening words, the part most likely to be printed identically.
  const needle = exact.length > 160 ? exact.slice(0, 160) : exact;
  const prefix = fold(anchor.prefix).folded.trim();
  let best = -1;
  let bestScore = -1;
  for (let at = hay.folded.indexOf(needle); at >= 0; at = hay.folded.indexOf(needle, at + 1)) {
    const before = hay.folded.slice(Math.max(0, at - prefix.length - 2), at);
    const score = prefix && before.includes(prefix.slice(-12)) ? 2 : 1;
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
    if (score === 2) break;
  }
  if (best < 0) return null;
  const endFolded = Math.min(best + exact.length, hay.map.length) - 1;
  const start = position(flat, hay.map[best]);
  const end = position(flat, hay.map[Math.max(best, endFolded)] + 1);
  if (!start || !end) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
