// The date printed near the headline when no tag carries it: an element marked as a date, else
// the first text after the headline that reads as one ("Stand: 28. April 2023, 05:00 Uhr").
import { cleanText } from './clean-text.ts';
import { parseDateline } from './dateline.ts';
import { byDistanceFrom } from './headline.ts';
import { insideAny, type PageScan } from './page-scan.ts';

const FOREIGN = /^(?:ASIDE|NAV|FOOTER|FIGURE)\b|related|teaser|comment|trending/i;

export function extractVisibleDateline(
  doc: Document,
  scan: PageScan,
  headline: Element | null,
  monthFirst: boolean,
): string | null {
  const options = { monthFirst };
  const marked = scan.dateMarked.filter((el) => {
    const len = (el.textContent ?? '').length;
    return len > 5 && len < 200 && !insideAny(el, FOREIGN, headline);
  });
  for (const el of byDistanceFrom(headline, marked).slice(0, 8)) {
    const d = parseDateline(cleanText(el.textContent), options);
    if (d) return d;
  }
  // Pages without telling class names: the first dated text after the headline.
  if (!headline || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = headline;
  let n = walker.nextNode();
  for (let i = 0; n && i < 40; n = walker.nextNode(), i++) {
    const t = n.nodeValue ?? '';
    if (headline.contains(n) || t.trim().length < 6 || t.length > 300) continue;
    const d = parseDateline(t, options);
    if (d) return d;
  }
  return null;
}
