// What the page's JSON-LD says it is: publishers mark an article page with an Article type
// (directly, in @graph, or as a WebPage's mainEntity), and mark front pages, listings, profiles,
// products and videos with their own types. Articles listed inside an ItemList do not count.
import { type LdNode, ldTypes, readJsonLd } from '../metadata/json-ld.ts';

export interface JsonLdEvidence {
  /** Article-type nodes describing this page. */
  articles: number;
  /** The first non-article page type, when no article type is present. */
  otherType: string | null;
  /** Only site-level types (WebSite, Organization, BreadcrumbList …): how front pages describe themselves. */
  siteOnly: boolean;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|^Report)$/;
// Page types that are not one article: listings, search results, profiles, shops, media pages.
const OTHER_PAGE_TYPE = new Set([
  'CollectionPage',
  'SearchResultsPage',
  'ProfilePage',
  'ItemList',
  'Product',
  'ProductGroup',
  'OfferCatalog',
  'VideoObject',
  'VideoGallery',
  'ImageGallery',
  'MusicGroup',
  'MusicAlbum',
  'MusicPlaylist',
  'Movie',
  'TVSeries',
  'Event',
  'LocalBusiness',
  'Store',
  'SoftwareApplication',
  'JobPosting',
  'QAPage',
  'DiscussionForumPosting',
  'RealEstateListing',
]);
const SITE_TYPE = new Set([
  'WebSite',
  'WebPage',
  'Organization',
  'NewsMediaOrganization',
  'Corporation',
  'Person',
  'BreadcrumbList',
  'SiteNavigationElement',
  'WPHeader',
  'WPFooter',
  'WPSideBar',
  'ImageObject',
  'SearchAction',
]);

export function readJsonLdType(doc: Document, nodes: LdNode[] = readJsonLd(doc)): JsonLdEvidence {
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" are NewsArticle.
  // (readJsonLd flattens @graph members and mainEntity nodes: the nodes that describe the page.)
  const types = nodes
    .flatMap(ldTypes)
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'), t.lastIndexOf('#')) + 1));
  const articles = types.filter((t) => ARTICLE_TYPE.test(t)).length;
  return {
    articles,
    otherType: articles ? null : (types.find((t) => OTHER_PAGE_TYPE.has(t)) ?? null),
    siteOnly: types.length > 0 && types.every((t) => SITE_TYPE.has(t)),
  };
}
