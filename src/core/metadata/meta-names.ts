// Named meta tags outside OpenGraph: author (plain, Dublin Core, Parse.ly, Sailthru, cXense,
// WebTrends, Yoast's "Written by" Twitter label), publishing dates under their many names, and
// the site's application name.
import { uninvertName } from './author-names.ts';
import type { MetaTags } from './meta-tags.ts';

export interface MetaNameFacts {
  authors: string[];
  published: string | null;
  modified: string | null;
  applicationName: string | null;
  publisher: string | null;
}

// Profile URLs and e-mail addresses stand in for a name on some sites: not a byline.
const isUrl = (s: string) => /^(?:https?:)?\/\/|^www\.|@/i.test(s);

/** Yoast writes `twitter:label1 = Written by`, `twitter:data1 = Jane Doe`. */
function twitterWrittenBy(tags: MetaTags): string[] {
  const out: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const label = tags.get(`twitter:label${i}`);
    const data = tags.get(`twitter:data${i}`);
    if (
      label &&
      data &&
      /^(?:written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da|автор)/i.test(label)
    )
      out.push(data);
  }
  const misc = tags.get('twitter:misc:written by');
  if (misc) out.push(misc);
  return out;
}

export function metaNameFacts(tags: MetaTags): MetaNameFacts {
  // The first key that has values wins: several of these usually repeat one another.
  const authorKeys = [
    'author',
    'parsely-author',
    'sailthru.author',
    'cxenseparse:author',
    'dcsext.author',
    'byl',
  ];
  let authors: string[] = [];
  for (const k of authorKeys) {
    const v = tags.all(k).filter((a) => !isUrl(a));
    if (v.length) {
      authors = v;
      break;
    }
  }
  if (!authors.length)
    authors = ['dc.creator', 'dc.contributor', 'citation_author'].flatMap((k) =>
      tags.all(k).map(uninvertName),
    );
  if (!authors.length) authors = twitterWrittenBy(tags);
  return {
    authors,
    published: tags.get(
      'datepublished',
      'date',
      'pubdate',
      'publishdate',
      'publish-date',
      'publish_date',
      'article.published',
      'parsely-pub-date',
      'sailthru.date',
      'dc.date.issued',
      'dc.date',
      'dcterms.date',
      'dcterms.created',
      'citation_publication_date',
      'prism.publicationdate',
      'cxenseparse:recs:publishtime',
      'dcsext.articlefirstpublished',
    ),
    modified: tags.get(
      'datemodified',
      'lastmod',
      'last-modified',
      'dcterms.modified',
      'article.updated',
      'lastupdate',
    ),
    applicationName: tags.get('application-name', 'apple-mobile-web-app-title'),
    publisher: tags.get('publisher', 'dc.publisher'),
  };
}
