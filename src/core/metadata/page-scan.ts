// One walk over the page collecting what the visible metadata sources look at: elements marked
// as byline, date, logo or headline, short text that starts with a byline word, copyright
// lines. One tree walk with string tests costs a fraction of what a selector per source costs
// (attribute-substring selectors are slow in jsdom and not free in browsers), and it only runs
// when structured data leaves a field open.

export interface PageScan {
  /** Elements whose class, id, itemprop, rel or test id says byline or author; author links. */
  bylineMarked: Element[];
  /** Parents of short text nodes that start with a byline word ("By", "Von", "Par", "Autor:" …). */
  bylineLabelled: Element[];
  /** time elements and elements whose class or id says date, time, published or meta. */
  dateMarked: Element[];
  /** time[datetime] and microdata datePublished / dateModified. */
  machineDates: Element[];
  /** Elements marked as the logo, and links to the home page. */
  logos: Element[];
  /** Text nodes with "©" or "copyright". */
  copyrights: Text[];
}

const BYLINE_MARK = /byline|author|autor|auteur|writer|reporter/i;
const DATE_MARK = /date|time|publish|meta/i;
const LOGO_MARK = /logo/i;
export const BYLINE_WORD =
  /^(?:by|von|par|por|door|av|af|przez|od|di|(?:text|texto|testo|texte|tekst)\s*:|autor(?:in)?|author|auteur|autore|автор|written by|reporting by|(?:(?:ein|eine|a|an|un|une|una)\s+)?(?:kommentar|kolumne|analyse|gastbeitrag|essay|column|opinion|commentary|analysis|chronique|columna)\s+(?:von|by|de|par|di|por))(?:[\s:：/]|$)/iu;
// Links to an author's page: /author/jane-doe, /autoren/…, /profile/…, ?author=…
export const AUTHOR_HREF =
  /\/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori|profiles?|profil|journalists?|staff|redaktion|reporters?|writers?|contributors?|columnists?|mitarbeiter)(?:\/|$|\?)|[?&]author=/i;
const CAP = 400;

export function scanPage(doc: Document, url: string | null): PageScan {
  const scan: PageScan = {
    bylineMarked: [],
    bylineLabelled: [],
    dateMarked: [],
    machineDates: [],
    logos: [],
    copyrights: [],
  };
  const body = doc.body;
  if (!body) return scan;
  let origin: string | null = null;
  try {
    origin = url ? new URL(url).origin : null;
  } catch {
    origin = null;
  }
  const walker = doc.createTreeWalker(body, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let count = 0;
  for (let n = walker.nextNode(); n && count < 200_000; n = walker.nextNode(), count++) {
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      if (t.length > 300 || t.length < 2) continue;
      if (scan.bylineLabelled.length < CAP && BYLINE_WORD.test(t.trimStart()) && n.parentElement)
        scan.bylineLabelled.push(n.parentElement);
      if (scan.copyrights.length < CAP && (t.includes('©') || /copyright/i.test(t)))
        scan.copyrights.push(n as Text);
      continue;
    }
    const el = n as Element;
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'svg')
      continue;
    // Every test below reads an attribute, but for a bare <time>: most elements have none.
    if (tag !== 'TIME' && !el.hasAttributes()) continue;
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    const marks = cls || id ? `${cls} ${id}` : '';
    const itemprop = el.getAttribute('itemprop');
    if (
      scan.bylineMarked.length < CAP &&
      ((marks && BYLINE_MARK.test(marks)) ||
        (itemprop && /\bauthor\b/.test(itemprop)) ||
        /\bauthor\b/.test(el.getAttribute('rel') ?? '') ||
        (tag === 'A' && AUTHOR_HREF.test(el.getAttribute('href') ?? '')) ||
        /byline/i.test(el.getAttribute('data-testid') ?? ''))
    )
      scan.bylineMarked.push(el);
    if (tag === 'TIME' || (itemprop && /\bdate(?:Published|Modified)\b/.test(itemprop))) {
      if (el.hasAttribute('datetime') || el.hasAttribute('content')) scan.machineDates.push(el);
    }
    if (scan.dateMarked.length < CAP && (tag === 'TIME' || (marks && DATE_MARK.test(marks))))
      scan.dateMarked.push(el);
    if (scan.logos.length < 40) {
      if (marks && LOGO_MARK.test(marks)) scan.logos.push(el);
      else if (tag === 'A') {
        const href = el.getAttribute('href');
        if (
          /\bhome\b/.test(el.getAttribute('rel') ?? '') ||
          href === '/' ||
          (origin && (href === origin || href === `${origin}/`))
        )
          scan.logos.push(el);
      }
    }
  }
  return scan;
}

/** Marks of an element as one string: tag, class and id. */
function marksOf(el: Element): string {
  return `${el.tagName} ${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/**
 * Whether `el` sits in a part of the page described by `pattern` (matched against each
 * ancestor's tag name, class and id), short of the body and of any container that also holds
 * `unless` (the headline: the article's own header may carry a "teaser" class).
 */
export function insideAny(el: Element, pattern: RegExp, unless: Element | null): boolean {
  for (let a: Element | null = el; a && a.tagName !== 'BODY' && a.tagName !== 'HTML'; a = a.parentElement) {
    if (pattern.test(marksOf(a))) return !(unless && a.contains(unless));
  }
  return false;
}
