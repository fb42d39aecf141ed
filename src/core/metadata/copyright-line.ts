// The footer's copyright line: "© 2025 The Eastern Herald. All rights reserved." → the holder's
// name. The last such line on the page is the site's; earlier ones are usually photo credits.
import { trimEndChars } from '../trim-chars.ts';
import { cleanText } from './clean-text.ts';
import { insideAny, type PageScan } from './page-scan.ts';

// Photo credits and the article's own text are not the site's line.
const FOREIGN = /^(?:FIGURE|FIGCAPTION|SCRIPT|STYLE|NOSCRIPT)\b|caption|credit/i;

const RIGHTS =
  /all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|все права защищены|wszelkie prawa zastrzeżone|alle rettigheter reservert|alla rättigheter förbehållna/iu;
const MARK = /©|\(c\)|copyright|&copy;/i;
// Where the sentence after the holder starts ("… . Powered by …", "… | Impressum").
const NEXT_SENTENCE = /[|•·]|\.\s|\s[-–—]\s/;

/** `s` up to the first match of `re` (all of it when there is none). */
function before(s: string, re: RegExp): string {
  const i = s.search(re);
  return i >= 0 ? s.slice(0, i) : s;
}

export function holderOf(line: string): string | null {
  const m = MARK.exec(line);
  if (!m) return null;
  const rest = before(cleanText(line.slice(m.index + m[0].length)), RIGHTS)
    .replace(/^(?:copyright|©)\s*/i, '')
    .replace(/^(?:\d{4}\s*(?:[-–—]\s*\d{4})?[\s,.]*)+/, '')
    .replace(/^(?:by|por|par|von)\s+/i, '');
  const name = trimEndChars(before(rest, NEXT_SENTENCE), '\\s.,;:').trim();
  if (!name || name.length > 60 || name.split(/\s+/).length > 7 || /^\d/.test(name)) return null;
  return name;
}

export function extractCopyrightLine(scan: PageScan): string | null {
  for (let i = scan.copyrights.length - 1; i >= 0; i--) {
    const n = scan.copyrights[i];
    const parent = n.parentElement;
    if (!parent || insideAny(parent, FOREIGN, null)) continue;
    // The holder may be in the next element: "© 2025 <a>The Eastern Herald</a>".
    const whole = cleanText(parent.textContent);
    const holder = holderOf(whole.length <= 300 ? whole : cleanText(n.nodeValue));
    if (holder) return holder;
  }
  return null;
}
