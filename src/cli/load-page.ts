// Reads a saved page (.html or .html.gz) into a jsdom Document, decoded as its <meta charset>
// says (saved pages carry no HTTP header; UTF-8 where the page says nothing).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

const CHARSET = /\bcharset\s*=[\s"']*([\w:.-]+)/i;

/** The charset a page declares in its first <meta> tags (the tags are cut out with indexOf, so
 * hostile markup cannot make the search backtrack). */
function declaredCharset(head: string): string | undefined {
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    const end = lower.indexOf('>', at);
    const tag = head.slice(at, end < 0 ? head.length : end);
    const label = CHARSET.exec(tag)?.[1];
    if (label) return label.toLowerCase();
  }
  return undefined;
}

export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  const label = declaredCharset(head);
  // Saved pages are often re-encoded as UTF-8 while keeping a legacy <meta charset> (the browser
  // had the HTTP header's word for it): bytes that are valid UTF-8 with non-ASCII in them are
  // UTF-8, since legacy encodings almost never form valid UTF-8 by chance.
  if (label && !/^utf-?8$/.test(label)) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      if (/[^\x00-\x7f]/.test(text)) return text;
    } catch {
      /* not UTF-8: use the declared charset */
    }
  }
  try {
    return new TextDecoder(label && label !== 'utf-16' ? label : 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function readPage(path: string): string {
  let bytes: Uint8Array = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  return decodeHtml(bytes);
}

function validUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

// Style sheets are emptied before parsing: analysis never reads the CSSOM (jsdom has no layout),
// parsing it costs time, and jsdom 29's CSS parser throws on some real pages (an unbalanced
// calc() in a media query of one extraction-benchmark page). A linear scan, not a regular
// expression: an unclosed <style> in hostile markup must not make it quadratic.
export function emptyStyleSheets(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let from = 0;
  for (let at = lower.indexOf('<style', from); at >= 0; at = lower.indexOf('<style', from)) {
    const next = lower.charCodeAt(at + 6);
    const openEnd = lower.indexOf('>', at);
    if (openEnd < 0) break;
    // "<styles>" or "<style-x>" is another element.
    if (!(next === 62 || next === 47 || next === 32 || (next >= 9 && next <= 13))) {
      out += html.slice(from, openEnd + 1);
      from = openEnd + 1;
      continue;
    }
    const close = lower.indexOf('</style', openEnd);
    if (close < 0) break;
    out += html.slice(from, openEnd + 1);
    from = close;
  }
  return out + html.slice(from);
}

/** A jsdom window for `html`: no scripts, no sub-resources, no style sheets, errors kept quiet. */
export function parsePage(html: string, url?: string | null): JSDOM {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(emptyStyleSheets(html), {
    url: validUrl(url),
    contentType: 'text/html',
    virtualConsole,
  });
}

/** Frees the window. jsdom 29's close() throws on an <iframe> inside <svg> (window.length counts
 * it, window[i] has no window for it): the page's analysis must not turn into an error then. */
export function closePage(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    // Its listeners and timers are what close() is for; none run: scripts are off.
  }
}
