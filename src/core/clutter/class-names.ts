// Blocks whose class or id names what they are: "related-posts", "most-read", "newsletter-signup",
// "share-bar", "author-bio", "comments", "ad-slot", "breadcrumbs", "weather". Themes name their
// furniture consistently, so this catches what carries no visible label. Class words are read
// whole ("ad" in "ad-slot", never in "head"), and taxonomy classes that WordPress puts on the
// article itself ("category-related-news", "tag-advertising") are ignored.

import type { ClutterKind } from '../types.ts';
import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

const W = (words: string) => new RegExp(`(?:^|-)(?:${words})(?:-|$)`);

const KINDS: [ClutterKind, RegExp][] = [
  ['editors-picks', W('editors?-picks?|editor-choice|editors-choice|staff-picks')],
  [
    'trending',
    W(
      'trending|most-(?:read|popular|viewed|shared|commented)|mostread|mostpopular|popular-(?:posts|stories|articles|news)',
    ),
  ],
  [
    'related',
    W(
      'related|relatedposts|yarpp|more-(?:stories|articles|news|from)|read-?next|up-next|recommended|recommendations|recirc|recirculation|you-may-like|also-read|further-reading|outbrain|taboola',
    ),
  ],
  [
    'newsletter',
    W(
      'newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|mailchimp|mc4wp|email-capture',
    ),
  ],
  ['social', W('share|sharing|sharebar|sharedaddy|addthis|addtoany|a2a|shariff|social-share|share-buttons')],
  ['follow', W('follow-us|social-follow|social-icons|social-links|social-profiles')],
  [
    'author-box',
    W(
      'author-box|authorbox|author-bio|author-info|author-card|about-author|about-the-author|bio-box|contributor-bio|author-details',
    ),
  ],
  [
    'comments',
    W(
      'comments|comment-list|commentlist|comment-respond|comments-area|disqus|disqus-thread|fb-comments|livefyre|coral-talk|spot-im|openweb',
    ),
  ],
  [
    'ad',
    W(
      'ad|ads|advert|adverts|advertisement|advertising|adslot|ad-slot|adunit|ad-unit|dfp|gpt-ad|google-ad|adsense|adsbygoogle|sponsored|sponsor|promoted|native-ad|teads|mgid|revcontent|zergnet',
    ),
  ],
  ['promo', W('promo|promotion|cta|call-to-action|app-promo|app-download')],
  ['navigation', W('breadcrumb|breadcrumbs|navbar|nav|navigation|menu|pagination|pager|skip-link')],
  ['widget', W('weather|news-ticker|stock-ticker|ticker-tape|clock|date-time|current-date|marquee')],
];

const MAX_AD_CHARS = 1500;

/** Taxonomy and state classes describe the article, not a block of the page. */
const IGNORED =
  /^(?:category|tag|tags|topic|section|format|type|status|has|is|post|postid|page|single|template|js|no)-/;
const NEVER = new Set([
  'HTML',
  'BODY',
  'MAIN',
  'ARTICLE',
  'P',
  'H1',
  'A',
  'SPAN',
  'IMG',
  'TIME',
  'STRONG',
  'EM',
  'B',
  'I',
]);

/** A class token as words: "relatedPosts" and "related_posts" read as "related-posts". */
function words(token: string): string {
  return token
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/_+/g, '-');
}

/** The kind one class token names, if any. */
function kindOfToken(token: string): ClutterKind | null {
  if (!token || token.length > 60) return null;
  const w = words(token);
  if (IGNORED.test(w)) return null;
  for (const [kind, re] of KINDS) if (re.test(w)) return kind;
  return null;
}

/**
 * The kind a class attribute or an id names, if any. Pages repeat whole attributes and, more
 * still, single tokens ("col", "card", "text-sm"): both are read once per page.
 */
function kindOfNames(names: string, cache: Map<string, ClutterKind | null>): ClutterKind | null {
  let kind = cache.get(names);
  if (kind !== undefined) return kind;
  kind = null;
  for (const token of names.split(/\s+/)) {
    const key = ` ${token}`;
    let k = cache.get(key);
    if (k === undefined) cache.set(key, (k = kindOfToken(token)));
    if (k) {
      kind = k;
      break;
    }
  }
  cache.set(names, kind);
  return kind;
}

export function kindFromNames(
  el: Element,
  cache = new Map<string, ClutterKind | null>(),
): ClutterKind | null {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return (cls ? kindOfNames(cls, cache) : null) ?? (id ? kindOfNames(id, cache) : null);
}

export const classNames: ClutterRule = {
  name: 'class-names',
  find({ stats, root }) {
    const out: ClutterFinding[] = [];
    const cache = new Map<string, ClutterKind | null>();
    const { elements, tags } = stats;
    // Only the outermost named block: its parts are named after it ("share-bar__item").
    let insideEnd = -1;
    for (let i = 0; i < elements.length; i++) {
      if (i < insideEnd || NEVER.has(tags[i])) continue;
      const el = elements[i];
      const kind = kindFromNames(el, cache);
      if (!kind || (root && el.contains(root))) continue;
      const chars = stats.charsAt(i);
      // Empty named blocks matter only as ad slots (they hold frames and reserve space). An ad
      // holds little text: a long, link-poor "ad" block is a wrapper ("gate-ad") around content.
      if (chars === 0 && kind !== 'ad') continue;
      if (kind === 'ad' && chars > MAX_AD_CHARS && stats.linkChars(el) < 0.5 * chars) continue;
      insideEnd = i + stats.sizeAt(i);
      out.push({
        element: el,
        kind,
        label: kind === 'ad' && chars === 0 ? 'Advertisement' : undefined,
        reason: `class or id of kind ${kind}`,
      });
    }
    return out;
  },
};
