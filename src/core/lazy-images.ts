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
        const m = ns && /<img[^>]*\ssrc\s*=\s*["']([^"']+)["']/i.exec(ns.textContent || ns.innerHTML);
        if (m) img.setAttribute('src', m[1]);
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
