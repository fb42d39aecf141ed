// OpenGraph, article:* and Twitter card tags: the title shared on social media, the site's
// name, the article's author (when it is a name, not a profile URL) and its dates.
import type { MetaTags } from './meta-tags.ts';

export interface OpenGraphFacts {
  title: string | null;
  twitterTitle: string | null;
  siteName: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
}

const isUrl = (s: string) => /^(?:https?:)?\/\/|^www\./i.test(s);

export function openGraphFacts(tags: MetaTags): OpenGraphFacts {
  return {
    title: tags.get('og:title'),
    twitterTitle: tags.get('twitter:title'),
    // Some themes write the key with a colon: og:site:name.
    siteName: tags.get('og:site_name', 'og:site:name'),
    authors: [...tags.all('article:author'), ...tags.all('og:article:author')].filter((a) => !isUrl(a)),
    published: tags.get(
      'article:published_time',
      'og:article:published_time',
      'article:published:time',
      'og:published_time',
    ),
    modified: tags.get(
      'article:modified_time',
      'og:article:modified_time',
      'article:modified:time',
      'og:updated_time',
    ),
  };
}
