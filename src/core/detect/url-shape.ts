// What the URL alone says about a page: news sites give articles long slugs, numeric ids or dated
// paths, and give front pages, section fronts, tag and date archives, search results and legal
// pages short or tell-tale paths. The words are generic (several languages), never site names.

export type UrlShape =
  | 'home' // the site's root, an index file or a bare language root: a front page
  | 'search' // a search results page (?q=…, /search/…)
  | 'listing' // a section, tag, category, author or date archive, or a further page of one
  | 'legal' // terms, privacy, imprint: long single documents that are not articles
  | 'shallow' // one short word or two as the whole path: a section or a profile, more often than not
  | 'article' // a long slug, an article id or a dated slug
  | 'unknown';

export interface UrlEvidence {
  shape: UrlShape;
  reason: string;
}

const INDEX_FILE = /^(?:index|default|home|start|main)(?:\.[a-z]{2,5})?$/i;
const LANGUAGE_ROOT = /^[a-z]{2}(?:[-_][a-z]{2})?$/i;
// Words that name a listing when they stand as a path segment (tag/…, category/…, …).
const LISTING_SEGMENT = new Set([
  'tag',
  'tags',
  'category',
  'categories',
  'topic',
  'topics',
  'section',
  'sections',
  'archive',
  'archives',
  'author',
  'authors',
  'label',
  'labels',
  'page',
  'seite',
  'pagina',
  'kategorie',
  'rubrik',
  'thema',
  'themen',
  'schlagwort',
  'categoria',
  'categorias',
  'categorie',
  'tema',
  'temas',
  'etiqueta',
  'rubrique',
  'rubriques',
  'auteur',
  'autor',
  'autoren',
  'date',
  'collection',
  'collections',
  'shop',
  'listings',
  'rubrika',
  'tegi',
]);
// Plural "all of them" segments that end a listing URL (/articles/, /news/, /blog).
const LISTING_END = new Set([
  'articles',
  'news',
  'blog',
  'blogs',
  'stories',
  'posts',
  'latest',
  'nachrichten',
  'noticias',
  'actualites',
  'notizie',
  'nyheter',
  'nieuws',
  'novosti',
  'events',
  'videos',
  'photos',
  'gallery',
  'galleries',
]);
const SEARCH_SEGMENT = new Set([
  'search',
  'suche',
  'buscar',
  'busqueda',
  'recherche',
  'ricerca',
  'zoeken',
  'poisk',
]);
const SEARCH_PARAM = /^(?:q|query|s|search|keyword|keywords|searchterm|term|k|text|suche)$/i;
const LISTING_PARAM = /^(?:page|p|paged|start|offset|limit|cat|category|tag|sort|sortby|filter)$/i;
const LEGAL_SEGMENT =
  /^(?:terms|terms[-_]of[-_](?:service|use)|tos|privacy|privacy[-_]policy|legal|imprint|impressum|datenschutz|agb|cookies?|cookie[-_]policy|disclaimer|mentions[-_]legales|aviso[-_]legal)(?:\.[a-z]{2,5})?$/i;
const DATED_PATH = /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])\/(?:(?:0?[1-9]|[12]\d|3[01])\/)?[^/]/;
const DATE_ONLY_PATH =
  /^\/(?:[^/]+\/)*(?:19|20)\d{2}(?:\/(?:0?[1-9]|1[0-2]))?(?:\/(?:0?[1-9]|[12]\d|3[01]))?\/?$/;
const DATE_IN_SEGMENT = /(?:19|20)\d{2}[-_]?(?:0[1-9]|1[0-2])[-_]?(?:0[1-9]|[12]\d|3[01])/;
const LONG_NUMBER = /\d{5,}/;
// Segments that introduce one item (/article/…, /story/…, /a/…): an id after one marks an article.
const ITEM_SEGMENT = new Set([
  'article',
  'articles',
  'story',
  'stories',
  'post',
  'artikel',
  'beitrag',
  'clanek',
  'doc',
  'a',
]);
const EXTENSION = /\.(?:html?|shtml|php|aspx?|cms|ece|jsp)$/i;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Words of a slug: split on hyphens, underscores, plus signs, dots, commas and spaces. */
function slugWords(segment: string): string[] {
  return segment
    .replace(EXTENSION, '')
    .split(/[-_+.,\s]+/)
    .filter((w) => w.length > 0 && !/^\d+$/.test(w));
}

export function classifyUrl(url: string | null | undefined): UrlEvidence {
  let u: URL;
  try {
    if (!url) return { shape: 'unknown', reason: 'no url' };
    u = new URL(url);
  } catch {
    return { shape: 'unknown', reason: 'unparsable url' };
  }
  if (!/^https?:$/.test(u.protocol)) return { shape: 'unknown', reason: 'not http' };
  const segments = u.pathname.split('/').filter(Boolean).map(decode);
  // forEach, not the iterator: Firefox content scripts see searchParams through an Xray wrapper whose
  // keys() result is not iterable there, which made detection throw on every page.
  const params: string[] = [];
  u.searchParams.forEach((_value, key) => {
    params.push(key);
  });

  if (segments.some((s) => SEARCH_SEGMENT.has(s.toLowerCase())) || params.some((p) => SEARCH_PARAM.test(p)))
    return { shape: 'search', reason: 'search path or query' };

  const meaningful = segments.filter((s) => !INDEX_FILE.test(s));
  const hasId = segments.some(
    (s, i) =>
      LONG_NUMBER.test(s) ||
      DATE_IN_SEGMENT.test(s) ||
      (i > 0 && ITEM_SEGMENT.has(segments[i - 1].toLowerCase()) && /\d/.test(s)),
  );
  const last = meaningful.at(-1) ?? '';
  const lastWords = slugWords(last);
  const longSlug = meaningful.some((s) => slugWords(s).length >= 4);

  if (meaningful.length === 0 || (meaningful.length === 1 && LANGUAGE_ROOT.test(meaningful[0])))
    return params.length && !params.every((p) => /^(?:utm_|ref|lang|hl)/i.test(p))
      ? { shape: 'listing', reason: 'root with query' }
      : { shape: 'home', reason: 'site root' };
  if (DATE_ONLY_PATH.test(u.pathname)) return { shape: 'listing', reason: 'date archive' };
  if (!hasId && LEGAL_SEGMENT.test(last)) return { shape: 'legal', reason: `legal page "${last}"` };
  if (!hasId) {
    // /tag/<name>/, /category/<name>/, /page/<n>/: the marker ends the path or names one thing
    // after it. Further segments (/authors/<name>/<article-slug>) point at an item under it.
    const marker = meaningful.findLastIndex((s) => LISTING_SEGMENT.has(s.toLowerCase()));
    if (marker >= 0 && marker >= meaningful.length - 2)
      return { shape: 'listing', reason: `listing segment "${meaningful[marker]}"` };
    if (LISTING_END.has(last.toLowerCase().replace(EXTENSION, '')))
      return { shape: 'listing', reason: `listing end "${last}"` };
  }
  if (!hasId && params.some((p) => LISTING_PARAM.test(p)))
    return { shape: 'listing', reason: 'paging or filter query' };
  if (DATED_PATH.test(u.pathname) && lastWords.length >= 2) return { shape: 'article', reason: 'dated slug' };
  if (longSlug) return { shape: 'article', reason: 'long slug' };
  if (hasId) return { shape: 'article', reason: 'article id' };
  // Section fronts live at a word or two per level (/politics/, /sport/football/); articles get a
  // slug or an id at the end. A file name (/test/page.html) is a document of its own.
  if (
    meaningful.length <= 3 &&
    !EXTENSION.test(last) &&
    !/\d{3}/.test(u.pathname) &&
    meaningful.every((s) => slugWords(s).length <= 2)
  )
    return { shape: 'shallow', reason: `short path "/${meaningful.join('/')}"` };
  return { shape: 'unknown', reason: 'no telling shape' };
}
