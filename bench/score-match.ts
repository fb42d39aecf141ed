// score.py's fold, name_parts and names_match, ported: the TypeScript checks that compare our
// output with gold data the way ../shared/tools/score.py does (seed variants, metadata-diff).

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
