// The byline as the page shows it: "By Jane Doe and John Roe", "Von: Simone Jung", "Autor: …".
// Candidates are elements marked as byline/author in their class, id or microdata, and — for
// pages whose class names mean nothing — short text that starts with a byline word. The one
// nearest the headline wins; teaser credits, captions, quotes and comments never count.
import { BYLINE_LABEL, splitAuthorNames } from './author-names.ts';
import { cleanText } from './clean-text.ts';
import { byDistanceFrom } from './headline.ts';
import { AUTHOR_HREF, insideAny, type PageScan } from './page-scan.ts';

// Where a name is a quoted speaker, a photographer, a commenter or another story's author.
// Cards are teasers. (Not figure or figcaption: author pictures come in them, byline and all;
// not "teaser" either: CSS-module names put it on article parts, and distance keeps teasers out.)
const FOREIGN =
  /^(?:BLOCKQUOTE|Q|NAV|FORM|ASIDE|FOOTER)\b|comment|related|quote|caption|credit|copyright|image|photo|gallery|recommend|most-?read|trending|newsletter|footer|follow|\bcard(?:\b|_|-)/i;

// Follow buttons and form labels carry author classes but no byline.
const CONTROL = /^(?:BUTTON|SELECT|OPTION|INPUT|LABEL|TEXTAREA|SCRIPT|STYLE|TITLE)$/;

// Tags whose boundaries do not separate byline parts ("By <a>Jane Doe</a>").
const INLINE = new Set(['A', 'B', 'STRONG', 'EM', 'I', 'U', 'FONT', 'ABBR', 'BDI', 'CITE']);

/** Text split at element boundaries, inline formatting excepted. */
export function textParts(el: Element): string[] {
  const parts: string[] = [];
  let current = '';
  // Inside a link spans do not split: <a><span>Ingrid</span> <span>Treborg</span></a>.
  const walk = (node: Node, flat: boolean) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) current += c.nodeValue;
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        // Headings in a byline box ("Weitere Informationen", "About the author") are no names.
        if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|BUTTON|H[1-6])$/.test(tag)) continue;
        if (INLINE.has(tag) || (flat && tag === 'SPAN')) walk(c, flat || tag === 'A');
        else {
          parts.push(current);
          current = '';
          walk(c, false);
          parts.push(current);
          current = '';
        }
      }
    }
  };
  walk(el, el.tagName === 'A');
  parts.push(current);
  const out = parts.map((p) => cleanText(p)).filter(Boolean);
  // A bare label ("By", "Übersetzung:") belongs to the part after it.
  for (let i = out.length - 2; i >= 0; i--) {
    if ((BYLINE_LABEL.test(out[i]) && out[i].replace(BYLINE_LABEL, '') === '') || /[:：]$/.test(out[i])) {
      out[i + 1] = `${out[i]} ${out[i + 1]}`;
      out.splice(i, 1);
    }
  }
  return out;
}

/** Length of an element's text without its indentation; long containers are cut short. */
function visibleLength(el: Element): number {
  const raw = el.textContent ?? '';
  return raw.length > 5000 ? raw.length : cleanText(raw).length;
}

/** "<a href=/other-story><span>Headline</span><span>Von Ines Zöttl</span></a>": the credit of a
 *  teaser, a link wrapping more than the byline (a link to the author's page is a byline). */
function insideTeaserLink(el: Element): boolean {
  const a = el.closest('a[href]');
  if (!a || a === el || a.matches('[rel~="author"]') || AUTHOR_HREF.test(a.getAttribute('href') ?? ''))
    return false;
  return visibleLength(a) > visibleLength(el) + 20;
}

/** Elements that may hold the byline, in no particular order. */
export function bylineCandidates(scan: PageScan, headline: Element | null): Element[] {
  const out = new Set<Element>();
  for (const el of scan.bylineMarked) {
    const len = visibleLength(el);
    if (
      len > 0 &&
      len < 400 &&
      !CONTROL.test(el.tagName) &&
      !insideAny(el, FOREIGN, headline) &&
      !insideTeaserLink(el)
    )
      out.add(el);
  }
  // Text that starts with a byline word, for pages whose class names say nothing.
  for (const parent of scan.bylineLabelled) {
    let el: Element | null = parent;
    // Climb to the element that holds the label and the name ("<div>By</div> <a>Jane</a>").
    while (el && el.tagName !== 'BODY' && cleanText(el.textContent).replace(BYLINE_LABEL, '').length < 3)
      el = el.parentElement;
    // A byline is a line, not a paragraph that happens to open with "Author …".
    if (!el || el.tagName === 'BODY' || visibleLength(el) > 120) continue;
    // "Von den 116 Verletzten …" opens a sentence; a byline word is followed by a name.
    const after = cleanText(el.textContent).replace(BYLINE_LABEL, '');
    if (/^\p{Ll}/u.test(after) && !/^\p{Ll}{2,5}\b/u.test(after)) continue;
    if (CONTROL.test(el.tagName) || /^H[1-6]$/.test(el.tagName)) continue;
    if (!insideAny(el, FOREIGN, headline) && !insideTeaserLink(el)) out.add(el);
  }
  return [...out];
}

/** Names in a byline block: its text split at element boundaries, else its author links or
 *  name elements; links to author pages lend their URL. */
export function namesIn(
  block: Element,
  exclude: (name: string) => boolean,
): { name: string; url: string | null }[] {
  const links = [...block.querySelectorAll('a[href]')].filter(
    (a) => a.matches('[rel~="author"]') || AUTHOR_HREF.test(a.getAttribute('href') ?? ''),
  );
  const linkNames = links.map((a) => ({
    names: splitAuthorNames(textParts(a), exclude, true),
    url: (a as HTMLAnchorElement).href || a.getAttribute('href'),
  }));
  const urlOf = (name: string) =>
    linkNames.find((l) => l.names.some((n) => n.toLowerCase() === name.toLowerCase()))?.url ?? null;
  let names = splitAuthorNames(textParts(block), exclude, true);
  if (!names.length) names = linkNames.flatMap((l) => l.names);
  if (!names.length) {
    const marked = [
      ...block.querySelectorAll('[itemprop~="name"], [class*="name" i], [class*="author" i]'),
    ].filter(
      (e) =>
        !e.querySelector('[itemprop~="name"], [class*="name" i], [class*="author" i]') &&
        !insideAny(e, FOREIGN, block),
    );
    names = splitAuthorNames(marked.flatMap(textParts), exclude, true);
  }
  // The same author can be linked twice (picture and name).
  return [...new Set(names)].map((name) => ({ name, url: urlOf(name) }));
}

/** The byline nearest the headline, as names. */
export function extractVisibleByline(
  scan: PageScan,
  headline: Element | null,
  exclude: (name: string) => boolean,
): { name: string; url: string | null }[] {
  const candidates = byDistanceFrom(headline, bylineCandidates(scan, headline));
  for (const el of candidates.slice(0, 12)) {
    // Widen to the byline's block only when the element alone names no one ("<span>By</span>"
    // beside "<a>Jane Doe</a>"), and only while the block stays short.
    let block = el;
    for (let i = 0; i < 3; i++) {
      const names = namesIn(block, exclude);
      if (names.length) return names;
      const p = block.parentElement;
      if (!p || p.tagName === 'BODY' || (headline && p.contains(headline)) || visibleLength(p) > 250) break;
      block = p;
    }
  }
  return [];
}
