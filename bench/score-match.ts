// score.py's fold, names_match and 4-word shingle scoring, ported: our TypeScript checks compare
// output with gold data the way ../shared/tools/score.py does (seed variants, the diff tools).

export const fold = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'jr', 'sr', 'ii', 'iii']);

const nameParts = (n: string) =>
  fold(n)
    .split(/[\s.]+/)
    .filter((t) => t && !TITLES.has(t));

/** Same person: same last part, and compatible first parts (an initial matches a name). */
export function namesMatch(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (!pa.length || !pb.length || pa.at(-1) !== pb.at(-1)) return false;
  if (pa.length > 1 && pb.length > 1)
    return pa[0][0] === pb[0][0] && (pa[0].length === 1 || pb[0].length === 1 || pa[0] === pb[0]);
  return true;
}

/** Counts of the 4-word shingles of a text, as score.py makes them. */
export function shingles(text: string): Map<string, number> {
  const toks = text.match(/[\p{L}\p{N}_\p{M}]+/gu) ?? [];
  const m = new Map<string, number>();
  for (let i = 0; i + 4 <= Math.max(4, toks.length); i++) {
    const k = toks.slice(i, i + 4).join(' ');
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** score.py's main-text scoring: precision and recall over 4-word shingles, with the misses. */
export function shingleScore(gold: string, pred: string) {
  const t = shingles(gold);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(k) ?? 0;
    const b = p.get(k) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  return {
    p: tp + fp ? tp / (tp + fp) : fp + fn ? 0 : 1,
    r: tp + fn ? tp / (tp + fn) : fp + fn ? 0 : 1,
    fp,
    fn,
  };
}

// score.py's acronym / outlet_key / outlet_match.
const STOP = new Set(['the', 'of', 'for', 'and', 'at', 'in', 'on', "'s", 's']);
const acronym = (s: string) =>
  // Python's \w is Unicode-aware: letters of any script.
  (s.match(/[\p{L}\p{M}]{2,}/gu) ?? [])
    .filter((w) => !STOP.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toLowerCase();
const outletKey = (s: string | null | undefined) =>
  fold(s)
    .replace(/^the\s+/, '')
    .replace(/\.(com|co\.uk|org|net)$/, '')
    .replace(/[^a-z0-9]/g, '');
/** score.py's outlet_match: equal up to case, "The", punctuation and .com; one containing the
 *  other (4 characters or more); or one the other's initials. */
export function outletMatch(gold: string | null | undefined, got: string | null | undefined): boolean {
  const g = outletKey(gold);
  const s = outletKey(got);
  if (!g || !s) return false;
  if (g === s || (Math.min(g.length, s.length) >= 4 && (g.includes(s) || s.includes(g)))) return true;
  const stripNews = (x: string) => x.replace(/news$/, '');
  const initials = (x: string | null | undefined) =>
    new Set([
      acronym(x ?? ''),
      (x?.match(/[A-Za-z]+/g) ?? [])
        .map((w) => w[0])
        .join('')
        .toLowerCase(),
    ]);
  return initials(got).has(stripNews(g)) || initials(gold).has(stripNews(s));
}
