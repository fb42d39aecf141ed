// The Analysis contract checked field by field, so robustness tests can say "a valid Analysis".
// Returns problems as strings (usable in worker threads, outside vitest's expect).
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import type { Analysis } from '../../../src/core/types.ts';

const KINDS = new Set([
  'trending',
  'editors-picks',
  'related',
  'newsletter',
  'social',
  'follow',
  'author-box',
  'promo',
  'ad',
  'comments',
  'navigation',
  'widget',
  'other',
]);
const UNSAFE_ELEMENTS =
  'script, iframe, frame, object, embed, form, base, meta, link, style, svg, math, template';
const URL_ATTRS = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
]);

const stringOrNull = (v: unknown) => v === null || typeof v === 'string';

/** Problems with sanitized HTML: anything in it that could run code or leave the page by itself. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  for (const el of doc.querySelectorAll(UNSAFE_ELEMENTS))
    problems.push(`html has <${el.tagName.toLowerCase()}>`);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) problems.push(`<${el.tagName.toLowerCase()}> has ${attr.name}`);
      if (!URL_ATTRS.has(attr.name)) continue;
      const v = attr.value.trim();
      if (/^(?:javascript|vbscript):/i.test(v)) problems.push(`${attr.name}=${v.slice(0, 40)}`);
      if (/^data:/i.test(v) && el.tagName !== 'IMG' && el.tagName !== 'SOURCE')
        problems.push(`${el.tagName} ${attr.name}=data:`);
    }
  }
  return problems;
}

export function analysisProblems(a: Analysis): string[] {
  const p: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) p.push(what);
  };
  check(typeof a.isArticle === 'boolean', 'isArticle not boolean');
  check(a.articleScore >= 0 && a.articleScore <= 1, `articleScore ${a.articleScore}`);
  check(stringOrNull(a.title), 'title');
  check(stringOrNull(a.outlet?.name) && stringOrNull(a.outlet?.domain), 'outlet');
  for (const au of a.authors)
    check(
      typeof au.name === 'string' && au.name.trim() !== '' && stringOrNull(au.url),
      `author ${JSON.stringify(au)}`,
    );
  for (const d of [a.published, a.modified])
    check(stringOrNull(d) && (!d || !Number.isNaN(Date.parse(d))), `date ${d}`);
  for (const e of a.experts) {
    check(typeof e.name === 'string' && e.name.trim() !== '', `expert name ${e.name}`);
    check(
      stringOrNull(e.role) && stringOrNull(e.institution) && stringOrNull(e.institutionAcronym),
      `expert fields of ${e.name}`,
    );
    for (const q of e.quotes)
      check(typeof q.text === 'string' && typeof q.direct === 'boolean', `quote of ${e.name}`);
  }
  for (const c of a.clutter)
    check(KINDS.has(c.kind) && typeof c.label === 'string' && c.chars >= 0, `clutter ${JSON.stringify(c)}`);
  check(typeof a.text === 'string' && typeof a.html === 'string', 'text/html');
  p.push(...htmlProblems(a.html ?? ''));
  check(Number.isFinite(a.readingMinutes) && a.readingMinutes >= 0, 'readingMinutes');
  check(typeof a.timingsMs?.total === 'number', 'timingsMs.total');
  try {
    // It must survive the trip through extension messaging (structured clone / JSON).
    JSON.stringify(a);
  } catch {
    p.push('not serializable');
  }
  return p;
}

export function expectValidAnalysis(a: Analysis): void {
  expect(analysisProblems(a)).toEqual([]);
}
