// Share bars: links to the share endpoints of social networks and mail ("facebook.com/sharer",
// "twitter.com/intent/tweet", "api.whatsapp.com/send", "mailto:?subject="), grouped into the
// smallest block that holds them and little else.

import { firstWords } from './block-label.ts';
import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

const SHARE_URL =
  /(?:facebook\.com\/(?:sharer|share\.php|dialog\/(?:share|feed|send))|(?:twitter|x)\.com\/(?:intent\/(?:tweet|post)|share)|linkedin\.com\/(?:shareArticle|sharing|cws\/share)|pinterest\.[a-z]{2,3}(?:\.[a-z]{2})?\/pin\/create|reddit\.com\/submit|(?:api\.|web\.)?whatsapp\.com\/send|wa\.me\/\?|whatsapp:\/\/send|t(?:elegram)?\.me\/share|vk\.com\/share\.php|connect\.ok\.ru\/offer|getpocket\.com\/(?:save|edit)|flipboard\.com\/bookmarklet|news\.ycombinator\.com\/submitlink|tumblr\.com\/(?:share|widgets\/share)|xing\.com\/(?:spi\/)?share|bsky\.app\/intent|threads\.net\/intent)/i;
/** A mail link that fills in a subject or body: "share by e-mail". */
const SHARE_MAIL = /^mailto:(?:\?|[^?]*\?(?:[^#]*&)?(?:subject|body)=)/i;
/** Text beside the buttons that still belongs to the bar ("Share this article", counts). */
const OWN_TEXT = 40;

export const shareLinks: ClutterRule = {
  name: 'share-links',
  find({ stats, root, scope }) {
    const links = stats.links.filter((a) => {
      const href = a.getAttribute('href') ?? '';
      return SHARE_URL.test(href) || SHARE_MAIL.test(href);
    });
    if (!links.length) return [];
    // How many share links, and how many of their characters, each ancestor holds.
    const count = new Map<Element, number>();
    const linkChars = new Map<Element, number>();
    for (const a of links)
      for (let p: Element | null = a; p && p !== scope; p = p.parentElement) {
        count.set(p, (count.get(p) ?? 0) + 1);
        linkChars.set(p, (linkChars.get(p) ?? 0) + stats.chars(a));
      }
    const blocks = new Set<Element>();
    for (const a of links) {
      let block: Element = a;
      for (let p = a.parentElement; p && p !== scope; p = p.parentElement) {
        if (root && p.contains(root)) break;
        if (stats.chars(p) - (linkChars.get(p) ?? 0) > OWN_TEXT) break;
        block = p;
      }
      if ((count.get(block) ?? 0) >= 2 || block !== a) blocks.add(block);
    }
    const out: ClutterFinding[] = [];
    for (const b of blocks) {
      if ([...blocks].some((o) => o !== b && o.contains(b))) continue;
      out.push({ element: b, kind: 'social', label: firstWords(b) || 'Share', reason: 'share links' });
    }
    return out;
  },
};
