// Ad slots found by what fills them: ad-network frames and tags (doubleclick, googlesyndication,
// amazon-adsystem, adnxs, taboola, outbrain), <ins class="adsbygoogle">, Google Publisher Tag
// slots (div-gpt-ad-…), data-ad-slot attributes — with their "Advertisement" caption.

import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

const AD_HOSTS =
  /(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|amazon-adsystem\.com|adnxs\.com|adsrvr\.org|criteo\.(?:com|net)|taboola\.com|outbrain\.com|teads\.tv|smartadserver\.com|rubiconproject\.com|pubmatic\.com|moatads\.com|yieldmo\.com|adform\.net|media\.net|revcontent\.com|mgid\.com|zergnet\.com)/i;
/** The caption and the empty wrapper of a slot belong to it; a bigger block is something else. */
const MAX_CHARS = 40;

function isAdSlot(el: Element, tag: string): boolean {
  if (tag === 'IFRAME' || tag === 'SCRIPT' || tag === 'IMG')
    return AD_HOSTS.test(el.getAttribute('src') ?? '');
  if (tag === 'INS') return /adsbygoogle/.test(el.getAttribute('class') ?? '');
  if (tag === 'DIV')
    return (
      /^div-gpt-ad|^google_ads_iframe|^gpt-ad/i.test(el.getAttribute('id') ?? '') ||
      el.hasAttribute('data-ad-slot')
    );
  return false;
}

export const adFrames: ClutterRule = {
  name: 'ad-frames',
  find({ stats, root, scope }) {
    const blocks = new Set<Element>();
    for (let i = 0; i < stats.elements.length; i++) {
      const tag = stats.tags[i];
      if (tag !== 'IFRAME' && tag !== 'SCRIPT' && tag !== 'IMG' && tag !== 'INS' && tag !== 'DIV') continue;
      const el = stats.elements[i];
      if (!isAdSlot(el, tag)) continue;
      let block = el;
      for (let p = el.parentElement; p && p !== scope; p = p.parentElement) {
        if ((root && p.contains(root)) || stats.chars(p) > MAX_CHARS || stats.prose(p) > 0) break;
        block = p;
      }
      // A tracking script alone in the article is not a visible slot.
      if (tag === 'SCRIPT' && block === el) continue;
      blocks.add(block);
    }
    const out: ClutterFinding[] = [];
    for (const b of blocks) {
      if ([...blocks].some((o) => o !== b && o.contains(b))) continue;
      out.push({ element: b, kind: 'ad', label: 'Advertisement', reason: 'ad network slot' });
    }
    return out;
  },
};
