// Lazy-loaded images carry their real address in data-src, data-srcset, a <picture>'s sources or a
// <noscript> copy, and a placeholder (a tiny data: URI, blank.gif) in src. The reader view runs
// no page script, so the real address is moved where the browser reads it.

const SRC_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-orig-file',
  'data-image',
];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
const PLACEHOLDER =
  /^data:|(?:^|[/_.-])(?:blank|placeholder|spacer|transparent|pixel|lazy|loading|grey|gray|1x1)[._-]/i;

function usable(url: string | null): boolean {
  if (!url?.trim()) return false;
  return !(PLACEHOLDER.test(url) && !(url.startsWith('data:image/svg') && url.length > 400));
}

function firstAttr(el: Element, names: string[]): string | null {
  for (const n of names) {
    const v = el.getAttribute(n);
    if (v?.trim()) return v.trim();
  }
  return null;
}

export function resolveLazyImages(root: Element): void {
  for (const img of root.getElementsByTagName('img')) {
    if (!usable(img.getAttribute('src'))) {
      const real = firstAttr(img, SRC_ATTRS);
      if (real) img.setAttribute('src', real);
      else {
        // A <noscript> beside the placeholder holds the same picture for browsers without script.
        const ns = img.nextElementSibling?.tagName === 'NOSCRIPT' ? img.nextElementSibling : null;
        const src = ns && noscriptImageSrc(ns);
        if (src) img.setAttribute('src', src);
      }
    }
    if (!img.getAttribute('srcset')) {
      const set = firstAttr(img, SRCSET_ATTRS);
      if (set) img.setAttribute('srcset', set);
    }
  }
  for (const source of root.getElementsByTagName('source')) {
    if (source.getAttribute('srcset')) continue;
    const set = firstAttr(source, SRCSET_ATTRS) ?? firstAttr(source, SRC_ATTRS);
    if (set) source.setAttribute('srcset', set);
  }
}

/** The src of the first <img> in a <noscript>: parsed as elements (no scripting) or held as text. */
function noscriptImageSrc(ns: Element): string | null {
  const parsed = ns.querySelector('img[src]')?.getAttribute('src');
  if (parsed) return parsed;
  // As text: one tag at a time, so no pattern runs over the whole of a hostile string.
  const html = ns.textContent ?? '';
  for (let at = html.search(/<img\b/i); at >= 0; ) {
    const close = html.indexOf('>', at);
    const tag = html.slice(at, close < 0 ? undefined : close);
    const m = /\ssrc\s*=\s*["']([^"']+)["']/i.exec(tag);
    if (m) return m[1];
    if (close < 0) break;
    const next = html.slice(close).search(/<img\b/i);
    at = next < 0 ? -1 : close + next;
  }
  return null;
}
