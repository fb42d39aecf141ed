// The author's name signed at the end of the text, as Vietnamese and many regional sites do:
// a paragraph that is only a bold name, right after the last paragraph of the article.

import { looksLikeName } from './author-names.ts';
import { cleanText } from './clean-text.ts';

export function extractSignatureLine(doc: Document, exclude: (name: string) => boolean): string | null {
  // A static list: indexing jsdom's live HTMLCollection costs more with every element on the page.
  const paragraphs = doc.querySelectorAll('p');
  let found: string | null = null;
  for (let i = 0; i < paragraphs.length && i < 2000; i++) {
    const p = paragraphs[i];
    const text = cleanText(p.textContent);
    if (!text || text.length > 40) continue;
    // The whole paragraph is bold: <p><strong>Jane Doe</strong></p>.
    const bold = p.firstElementChild;
    if (!bold || p.childElementCount !== 1 || !/^(?:STRONG|B)$/.test(bold.tagName)) continue;
    if (cleanText(bold.textContent) !== text) continue;
    const prev = p.previousElementSibling;
    if (prev?.tagName !== 'P' || cleanText(prev.textContent).length < 80) continue;
    // The end of the text: no more paragraphs of prose after it.
    let next = p.nextElementSibling;
    while (next && next.tagName !== 'P') next = next.nextElementSibling;
    if (next && cleanText(next.textContent).length >= 80) continue;
    const words = text.split(/\s+/);
    if (words.length < 2 || words.length > 4 || !looksLikeName(text) || exclude(text)) continue;
    found = text;
  }
  return found;
}
