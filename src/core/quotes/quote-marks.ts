// Quotation-mark spans in every common style: “…”, "…", ‘…’, «…», „…“, »…«, nested quotes kept
// inside the outer one, and quotes that run over several paragraphs (each continuation paragraph
// reopening the quote, or the closing mark coming only in a later paragraph).
import type { Paragraph } from './paragraphs.ts';

export interface QuoteSpan {
  /** Global offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** Offsets including the marks (the closing one when there is one). */
  outerStart: number;
  outerEnd: number;
  para: number;
  /** Spans of one quote running over several paragraphs share a chain id. */
  chain: number;
  closed: boolean;
}

const CLOSERS: Record<string, string> = {
  '“': '”"',
  '„': '“”',
  '«': '»',
  '»': '«',
  '"': '"”',
  '‘': '’',
  '‚': '‘’',
  // A closing mark printed at a paragraph's start opens it (a typesetting slip some sites make).
  '”': '”"',
};

// Every character the scans below act on: they jump from one to the next with a regex, as a
// loop over every character costs more in code the browser runs cold.
const MARK = /[“„«»"‘‚”’]/g;

/** The first quotation mark at or after `from` (MARK.lastIndex is then just past it), or null. */
function nextMark(t: string, from: number): string | null {
  MARK.lastIndex = from;
  return MARK.exec(t)?.[0] ?? null;
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

interface Open {
  mark: string;
  at: number;
  /** Curly quotes of the same kind opened inside (“… what he calls “hell” than …”). */
  depth?: number;
}

/** Outermost quotation-mark spans of the paragraphs, in text order. */
export function findQuoteSpans(paragraphs: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let chain = 0;
  let carry: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.kind === 'heading') {
      carry = null;
      continue;
    }
    const t = para.text;
    let open: Open | null = null;
    let i = 0;
    if (carry) {
      // A continuation paragraph reopens the quote; or the quote simply goes on into it.
      const lead = /^\s*([“„«»"])/.exec(t);
      if (lead) {
        open = { mark: lead[1], at: lead[0].length };
        i = lead[0].length;
      } else if (closesLater(t, carry.mark)) {
        open = { mark: carry.mark, at: 0 };
      } else {
        carry = null;
      }
    }
    if (!carry) chain++;
    carry = null;
    for (; ; i++) {
      const c = nextMark(t, i);
      if (c === null) break;
      i = MARK.lastIndex - 1;
      if (open) {
        // AP prints a closing double mark as two apostrophes: “…,’’
        if (c === '’' && t[i + 1] === '’' && (open.mark === '“' || open.mark === '"')) {
          if (i > open.at) out.push(span(para, p, open.at, i, i + 2, chain, true));
          open = null;
          chain++;
          i++;
          continue;
        }
        if (c === open.mark && c === '“' && isOpener(t, i, c) && /\s/.test(t[i - 1] ?? ' ')) {
          open.depth = (open.depth ?? 0) + 1;
          continue;
        }
        if (CLOSERS[open.mark].includes(c) && isCloser(t, i, c)) {
          if (open.depth) {
            open.depth--;
            continue;
          }
          if (i > open.at) out.push(span(para, p, open.at, i, i + 1, chain, true));
          open = null;
          chain++;
        }
        continue;
      }
      if (CLOSERS[c] && isOpener(t, i, c)) open = { mark: c, at: i + 1 };
    }
    // Single marks double as apostrophes: an unclosed one is not a quote.
    if (open && t.length - open.at > 1 && open.mark !== '‘' && open.mark !== '‚') {
      out.push(span(para, p, open.at, t.length, t.length, chain, false));
      carry = open;
    }
  }
  return out;
}

function span(
  para: Paragraph,
  p: number,
  s: number,
  e: number,
  outerEnd: number,
  chain: number,
  closed: boolean,
): QuoteSpan {
  let a = s;
  let b = e;
  while (a < b && /\s/.test(para.text[a])) a++;
  while (b > a && /\s/.test(para.text[b - 1])) b--;
  return {
    start: para.start + a,
    end: para.start + b,
    outerStart: para.start + s - 1,
    outerEnd: para.start + outerEnd,
    para: p,
    chain,
    closed,
  };
}

function isOpener(t: string, i: number, c: string): boolean {
  const next = t[i + 1];
  if (next === undefined || /\s/.test(next)) return false;
  if (c === '”') return i === 0 && isWordChar(next);
  if (c === '"' || c === '‘' || c === '»') {
    const prev = t[i - 1];
    return !isWordChar(prev);
  }
  return true;
}

function isCloser(t: string, i: number, c: string): boolean {
  if (c === '"' || c === '’' || c === '«' || c === '‘') {
    // An apostrophe inside a word ("don’t") or an opening mark is not a closer.
    const next = t[i + 1];
    if (isWordChar(next)) return false;
  }
  return true;
}

function closesLater(t: string, mark: string): boolean {
  const closers = CLOSERS[mark];
  for (let i = 0; ; i++) {
    const c = nextMark(t, i);
    if (c === null) break;
    i = MARK.lastIndex - 1;
    if (CLOSERS[c] && c !== closers[0] && isOpener(t, i, c)) return false;
    if (closers.includes(c) && isCloser(t, i, c)) return true;
  }
  return false;
}
