// Follow bars: links to the outlet's (or author's) profiles on three or more networks —
// facebook.com/<page>, x.com/<handle>, instagram.com/<name>, youtube.com/@<channel> — in a block
// that says little else than "Follow us".

import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

/** Profile pages per network (share endpoints are share-links' business). */
const PROFILE: [string, RegExp][] = [
  ['facebook', /^https?:\/\/(?:[\w-]+\.)?facebook\.com\/(?!sharer|share\.php|dialog|plugins)[\w.-]+\/?/i],
  ['x', /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(?!intent|share|home\?)@?\w+\/?$/i],
  ['instagram', /^https?:\/\/(?:www\.)?instagram\.com\/[\w.]+\/?/i],
  ['youtube', /^https?:\/\/(?:www\.)?youtube\.com\/(?:@|c\/|channel\/|user\/)[\w.-]+/i],
  ['linkedin', /^https?:\/\/(?:[\w-]+\.)?linkedin\.com\/(?:company|in|school)\/[\w.-]+/i],
  ['tiktok', /^https?:\/\/(?:www\.)?tiktok\.com\/@[\w.]+/i],
  ['telegram', /^https?:\/\/t(?:elegram)?\.me\/(?!share)[\w]+/i],
  ['vk', /^https?:\/\/(?:www\.)?vk\.com\/(?!share)[\w.]+/i],
  ['pinterest', /^https?:\/\/(?:[\w-]+\.)?pinterest\.[a-z.]+\/(?!pin\/create)[\w.-]+\/?$/i],
  ['threads', /^https?:\/\/(?:www\.)?threads\.net\/@[\w.]+/i],
  ['bluesky', /^https?:\/\/bsky\.app\/profile\/[\w.-]+/i],
  ['whatsapp', /^https?:\/\/(?:www\.)?whatsapp\.com\/channel\/\w+/i],
  ['rss', /\/(?:rss|feed)(?:\.xml|\/)?$/i],
];
const MIN_NETWORKS = 3;
/** Text besides the link labels that still belongs to the bar ("Follow us", "Stay connected"). */
const OWN_TEXT = 50;

/** Every host or path word above: links without one skip the thirteen patterns. */
const ANY_NETWORK =
  /facebook|twitter|x\.com|instagram|youtube|linkedin|tiktok|t\.me|telegram|vk\.com|pinterest|threads|bsky|whatsapp|rss|feed/i;

function network(a: Element): string | null {
  const href = a.getAttribute('href') ?? '';
  if (!ANY_NETWORK.test(href)) return null;
  for (const [name, re] of PROFILE) if (re.test(href)) return name;
  return null;
}

export const socialFollow: ClutterRule = {
  name: 'social-follow',
  find({ stats, root, scope }) {
    const profiles = stats.links.map((a) => [a, network(a)] as const).filter(([, n]) => n !== null);
    if (profiles.length < MIN_NETWORKS) return [];
    // For each ancestor: which networks it links to, and how many characters those links hold.
    const networks = new Map<Element, Set<string>>();
    const linkChars = new Map<Element, number>();
    for (const [a, n] of profiles)
      for (let p: Element | null = a; p && p !== scope; p = p.parentElement) {
        let set = networks.get(p);
        if (!set) networks.set(p, (set = new Set()));
        set.add(n as string);
        linkChars.set(p, (linkChars.get(p) ?? 0) + stats.chars(a));
      }
    const blocks = new Set<Element>();
    for (const [a] of profiles) {
      let block: Element | null = null;
      for (let p = a.parentElement; p && p !== scope; p = p.parentElement) {
        if (root && p.contains(root)) break;
        if (stats.chars(p) - (linkChars.get(p) ?? 0) > OWN_TEXT) break;
        if ((networks.get(p)?.size ?? 0) >= MIN_NETWORKS) block = p;
      }
      if (block) blocks.add(block);
    }
    const out: ClutterFinding[] = [];
    for (const b of blocks) {
      if ([...blocks].some((o) => o !== b && o.contains(b))) continue;
      out.push({ element: b, kind: 'follow', reason: `profile links to ${networks.get(b)?.size} networks` });
    }
    return out;
  },
};
