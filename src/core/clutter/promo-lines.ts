// One-line promos inside or around the article: "Read the latest … news on <outlet>", "READ MORE:
// <link>", "Sign up for our newsletter", "Follow us on Twitter", "Click here to get the app". A
// line is short, matches from its first word, and (for teaser lines) is mostly a link.

import { normalizeSpace } from '../text.ts';
import type { ClutterKind } from '../types.ts';
import { clipLabel } from './block-label.ts';
import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

const MAX_LINE = 300;
const LINE_TAGS = new Set([
  'P',
  'DIV',
  'SPAN',
  'LI',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'STRONG',
  'B',
  'EM',
  'I',
  'SECTION',
  'ASIDE',
  'SMALL',
  'A',
]);

/** Patterns on the whole line; `link` asks that most of the line after the lead-in be a link. */
const LINES: { kind: ClutterKind; re: RegExp; link?: boolean }[] = [
  { kind: 'promo', re: /^read (?:the )?latest\b.{0,120}\b(?:on|at|from)\b/i },
  {
    kind: 'related',
    link: true,
    re: /^\[?\s*(?:read more|more|related|related (?:article|articles|story|stories|coverage|content|reading)|recommended|see (?:also|more)|also (?:read|see)|read (?:also|next|this)|don(?:'|’)t miss|must read|watch|listen|trending|more (?:on|from|about) [^:]{0,39}[^:\s]|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|[àa] lire (?:aussi|[ée]galement)|lire (?:aussi|[ée]galement)|voir aussi|(?:lee|leer|lea) (?:tambi[ée]n|m[aá]s)|te puede interesar|relacionad[oa]s?|читайте (?:также|тоже|ещё|еще)|по теме|смотрите также)\s*[:：|»>\-–—]/i,
  },
  {
    kind: 'newsletter',
    re: /^(?:(?:click here to |please )?(?:sign up|subscribe|register)\b.{0,100}\b(?:newsletters?|inbox|e-?mails?|alerts|updates)\b|get (?:the|our) .{0,60}\bnewsletters?\b|.{0,80}\b(?:delivered|straight|right) (?:to|in|into) your inbox\b|newsletter (?:abonnieren|bestellen)|abonnez-vous à (?:la|notre) newsletter|suscr[ií]bete (?:a|al) (?:nuestro|la|el) (?:bolet[ií]n|newsletter)|подпишитесь на (?:нашу )?рассылку)/i,
  },
  {
    kind: 'follow',
    re: /^(?:follow (?:us|me|him|her|them|[@\w.’'-]+(?: [@\w.’'-]+){0,4})(?: on| at|:) .{0,60}\b(?:twitter|facebook|instagram|linkedin|youtube|tiktok|google news|flipboard|threads|telegram|bluesky|mastodon)\b|(?:like|follow) us on (?:facebook|twitter|instagram)|subscribe to .{1,40} on youtube|folgen sie uns auf|suivez-nous sur|s[ií]guenos en|подписывайтесь на нас в)/i,
  },
  {
    kind: 'social',
    re: /^(?:like this (?:story|article)\? share it|share this (?:story|article) with|if you (?:liked|enjoyed) this (?:story|article), share it)/i,
  },
  {
    kind: 'promo',
    re: /^(?:(?:click|tap) here (?:to|for) .{0,40}\b(?:subscribe|sign up|newsletter|app|follow|like us|join)\b.{0,60}|.{0,60}\b(?:get|download|go|read|more)\b.{0,40} by clicking here\b.{0,10}|(?:get|download) (?:the |our )?[\w .'’-]{0,40}\bapp\b.{0,60})$/i,
  },
];

/** The first words every pattern above can start with. */
const LEAD =
  /^\s*(?:\[|read|more|related|recommended|see|also|don|must|watch|listen|trending|lesen|mehr|auch|[àa]\b|lire|voir|le[ea]r?\b|te\b|relacionad|читайте|по\b|смотрите|click|tap|sign|subscribe|register|please|get|newsletter|abonnez|suscr|подпишитесь|follow|like|folgen|suivez|s[ií]guenos|подписывайтесь|share|if\b|download)/i;

/** The element's first piece of visible text (its lead-in), found without reading the rest. */
function firstText(el: Element): string {
  let depth = 0;
  let n: Node | null = el.firstChild;
  while (n) {
    if (n.nodeType === 3 && n.nodeValue?.trim()) return n.nodeValue;
    if (n.nodeType === 1 && n.firstChild && depth < 8) {
      n = n.firstChild;
      depth++;
      continue;
    }
    while (n && n !== el && !n.nextSibling) {
      n = n.parentNode;
      depth--;
    }
    if (!n || n === el) return '';
    n = n.nextSibling;
  }
  return '';
}

export const promoLines: ClutterRule = {
  name: 'promo-lines',
  find({ stats }) {
    const out: ClutterFinding[] = [];
    const { elements, tags } = stats;
    for (let i = 0; i < elements.length; i++) {
      if (!LINE_TAGS.has(tags[i])) continue;
      const chars = stats.charsAt(i);
      if (chars < 8 || chars > MAX_LINE) continue;
      // The outermost element that holds just this line.
      const parent = stats.parentAt(i);
      if (parent >= 0 && stats.charsAt(parent) === chars && LINE_TAGS.has(tags[parent])) continue;
      const el = elements[i];
      // Every promo opens with one of a few words: read no more text than that for the others.
      if (!LEAD.test(firstText(el))) continue;
      const text = normalizeSpace(el.textContent ?? '');
      for (const { kind, re, link } of LINES) {
        const m = re.exec(text);
        if (!m) continue;
        if (link) {
          const rest = chars - m[0].replace(/\s/g, '').length;
          if (rest <= 0 || stats.linkChars(el) < 0.5 * rest) continue;
        }
        out.push({ element: el, kind, label: clipLabel(text), reason: `line "${m[0].trim()}"` });
        break;
      }
    }
    return out;
  },
};
