// How much one character says: Chinese and Japanese put a word in one or two characters, Korean
// in about two to three, where alphabetic scripts spend five or six. Length thresholds written
// for alphabetic text (Readability's 140 characters, ours) are scaled by this factor, or CJK
// articles look like a few short lines. Judged from the page's language or, failing that, its title.

const CJK_LANG = /^(?:zh|ja|ko)\b/i;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;
const LETTER = /\p{L}/gu;

/** Characters of alphabetic text that one character of this page's text is worth. */
export function textDensity(doc: Document): number {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  if (CJK_LANG.test(lang)) return 3;
  const title = (doc.title ?? '').slice(0, 300);
  const cjk = title.match(CJK_CHAR)?.length ?? 0;
  const letters = title.match(LETTER)?.length ?? 0;
  return letters > 0 && cjk * 2 >= letters ? 3 : 1;
}
