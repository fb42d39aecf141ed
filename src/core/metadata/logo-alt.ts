// The site logo's text: alt of the image (or the title of an inline SVG, or the link's label)
// in the element marked as the logo or in the link to the site's home page.
import { trimEndChars } from '../trim-chars.ts';
import { cleanText } from './clean-text.ts';
import { insideAny, type PageScan } from './page-scan.ts';

const GENERIC =
  /^(?:logo|home|homepage|home page|startseite|accueil|inicio|главная|site|website|site logo|header logo|menu|image|abmelden|anmelden|login|log in|logout|sign in|(?:zurück )?zu(?:r)? startseite)$/i;
// Partner and sponsor logos sit in the footer or inside the article; the site's is up top.
const FOREIGN = /^(?:FOOTER|ARTICLE|FIGURE)\b|partner|sponsor|footer/i;

function logoText(el: Element): string | null {
  const img = el.tagName === 'IMG' ? el : el.querySelector('img[alt], svg title, svg[aria-label]');
  const raw =
    img?.getAttribute('alt') ??
    img?.getAttribute('aria-label') ??
    (img?.tagName.toLowerCase() === 'title' ? img.textContent : null) ??
    el.getAttribute('aria-label') ??
    el.getAttribute('title');
  const named = cleanText(raw)
    .replace(/^(?:logo|the logo of|(?:zurück )?zur? startseite|startseite der|startseite von)\s+/i, '')
    // "X Logo", "X-Logo", "X_logo".
    .replace(/[\s_-]logo$|\s(?:home(?:\s?page)?|startseite)$/i, '')
    .replace(/[-–|]\s*(?:home|startseite|accueil)$/i, '');
  const text = trimEndChars(named, '\\s');
  return text && !GENERIC.test(text) && !GENERIC.test(cleanText(raw)) && text.length <= 60 ? text : null;
}

export function extractLogoAlt(scan: PageScan): string | null {
  for (const el of scan.logos) {
    if (insideAny(el, FOREIGN, null)) continue;
    const text = logoText(el);
    if (text) return text;
  }
  return null;
}
