// How much one character says: Chinese and Japanese put a word in one or two characters, Korean
// in about two to three, where alphabetic scripts spend five or six. Length thresholds written
// for alphabetic text (Readability's 140 characters, ours) are scaled by this factor, or CJK
// articles look like a few short lines. Judged from the page's language or, failing that, its title.

const CJK_LANG = /^(?:zh|ja|ko)\b/i;

const isCjk = (c: number) =>
  (c >= 0x3040 && c <= 0x30ff) ||
  (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0xac00 && c <= 0xd7af);

/** Characters of alphabetic text that one character of this page's text is worth. */
export function textDensity(doc: Document): number {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  if (CJK_LANG.test(lang)) return 3;
  const title = (doc.title ?? '').slice(0, 300);
  // Letters counted by code, not by /\p{L}/u: this runs on every page load, and in a renderer that
  // has not compiled that class yet it took a millisecond. The letters told are CJK and those
  // with case; uncased scripts (Arabic, Thai …) count only beside CJK, where they are rare.
  let cjk = 0;
  let letters = 0;
  for (let i = 0; i < title.length; i++) {
    if (isCjk(title.charCodeAt(i))) {
      cjk++;
      letters++;
    } else if (title[i].toLowerCase() !== title[i].toUpperCase()) letters++;
  }
  return letters > 0 && cjk * 2 >= letters ? 3 : 1;
}
