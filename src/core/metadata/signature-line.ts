// The author's name signed as a paragraph of its own that is only a bold name: at the end of the
// text, as Vietnamese and many regional sites do, or right before the first paragraph of prose,
// as many WordPress sites with an account-named JSON-LD author do.

import { looksLikeName, splitAuthorNames } from './author-names.ts';
import { cleanText } from './clean-text.ts';

const PROSE = 80;

/** The text of a paragraph that is wholly bold (<p><strong>Jane Doe</strong></p>), else null. */
function boldText(p: Element): string | null {
  const text = cleanText(p.textContent);
  if (!text || text.length > 40) return null;
  const bold = p.firstElementChild;
  if (!bold || p.childElementCount !== 1 || !/^(?:STRONG|B)$/.test(bold.tagName)) return null;
  return cleanText(bold.textContent) === text ? text : null;
}

/** A paragraph of prose: long enough and not a link (a sidebar's list of story links is no text). */
function isProse(el: Element | null): boolean {
  if (el?.tagName !== 'P') return false;
  const len = cleanText(el.textContent).length;
  if (len < PROSE) return false;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += cleanText(a.textContent).length;
  return linked < len / 2;
}

/** A signature after the last paragraph of prose, as one name. */
function endSignature(p: Element, text: string, exclude: (name: string) => boolean): string | null {
  if (!isProse(p.previousElementSibling)) return null;
  // The end of the text: no more paragraphs of prose after it.
  let next = p.nextElementSibling;
  while (next && next.tagName !== 'P') next = next.nextElementSibling;
  if (next && cleanText(next.textContent).length >= PROSE) return null;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !looksLikeName(text) || exclude(text)) return null;
  return text;
}

/** A signature that opens the text ("Jane Doe/John Roe" before the first paragraph of prose):
 *  only full names, and only when no prose comes before it. */
function leadSignature(p: Element, text: string, exclude: (name: string) => boolean): string[] {
  if (!isProse(p.nextElementSibling)) return [];
  for (let prev = p.previousElementSibling; prev; prev = prev.previousElementSibling)
    if (isProse(prev)) return [];
  const names = splitAuthorNames(text, exclude);
  return names.length && names.every((n) => /^\S+(?:\s+\S+){1,3}$/.test(n)) ? names : [];
}

export function extractSignatureLine(doc: Document, exclude: (name: string) => boolean): string[] {
  // A static list: indexing jsdom's live HTMLCollection costs more with every element on the page.
  const paragraphs = doc.querySelectorAll('p');
  let end: string | null = null;
  let lead: string[] = [];
  for (let i = 0; i < paragraphs.length && i < 2000; i++) {
    const p = paragraphs[i];
    const text = boldText(p);
    if (!text) continue;
    end = endSignature(p, text, exclude) ?? end;
    if (!lead.length) lead = leadSignature(p, text, exclude);
  }
  return end ? [end] : lead;
}
