// Schema.org JSON-LD: the article node's headline, authors, publisher and dates. Blocks are
// flattened (@graph members and a page's mainEntity become nodes) and @id references resolved
// against them, because publishers and authors are often only an @id pointing at a node elsewhere
// on the page.
import { cleanText } from './clean-text.ts';

export type LdNode = Record<string, unknown>;

// XHTML-minded templates wrap the block in <![CDATA[ … ]]> (sometimes commented out: /*<![CDATA[*/).
const CDATA_OPEN = ['<![CDATA[', '/*<![CDATA[*/', '//<![CDATA['];
const CDATA_CLOSE = [']]>', '/*]]>*/', '//]]>'];

function unwrapCdata(raw: string): string {
  let s = raw;
  const open = CDATA_OPEN.find((o) => s.startsWith(o));
  if (open) s = s.slice(open.length);
  const close = CDATA_CLOSE.find((c) => s.endsWith(c));
  if (close) s = s.slice(0, -close.length);
  return s.trim();
}

export function readJsonLd(doc: Document): LdNode[] {
  const nodes: LdNode[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 8 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as LdNode;
    nodes.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    // A WebPage whose mainEntity is the article: the article node sits inside the page node.
    if (o.mainEntity && typeof o.mainEntity === 'object') visit(o.mainEntity, depth + 1);
  };
  for (const s of doc.getElementsByTagName('script')) {
    if (!/^\s*application\/ld\+json\s*$/i.test(s.getAttribute('type') ?? '')) continue;
    const raw = unwrapCdata((s.textContent ?? '').trim());
    if (!raw) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Some sites leave raw newlines or trailing commas: try once more with those mended.
      try {
        visit(JSON.parse(raw.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')), 0);
      } catch {
        /* no signal from this block */
      }
    }
  }
  return nodes;
}

export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  return typeof t === 'string'
    ? [t]
    : Array.isArray(t)
      ? t.filter((x): x is string => typeof x === 'string')
      : [];
}

/** Resolves `{ "@id": … }` references against the page's nodes. */
export function resolveRef(v: unknown, nodes: LdNode[]): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as LdNode;
    const id = o['@id'];
    if (typeof id === 'string' && Object.keys(o).length <= 3 && !o.name) {
      return nodes.find((n) => n !== o && n['@id'] === id && Object.keys(n).length > 1) ?? v;
    }
  }
  return v;
}

const ARTICLE = /(?:Article|BlogPosting|NewsArticle|Report|LiveBlogPosting|ClaimReview)$/;
// Page nodes carry the article's facts on pages that describe themselves only as a WebPage.
const PAGE = /^(?:WebPage|ItemPage|AboutPage)$/;
const ORGANIZATION = /(?:Organization|Corporation|NewsMediaOrganization|Brand|WebSite)$/;

export function articleNodes(nodes: LdNode[]): LdNode[] {
  return nodes.filter((n) => ldTypes(n).some((t) => ARTICLE.test(t)));
}

export function ldString(v: unknown): string | null {
  if (typeof v === 'string') return cleanText(v) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return ldString(v[0]);
  if (v && typeof v === 'object') {
    const o = v as LdNode;
    return ldString(o.name ?? o['@value']);
  }
  return null;
}

export interface LdAuthor {
  name: string;
  url: string | null;
  /** Typed as an organization, not a person: the desk or the outlet itself. */
  organization: boolean;
}

export interface JsonLdFacts {
  headline: string | null;
  /** The article node's name, where it differs from the headline. */
  name: string | null;
  authors: LdAuthor[];
  publisher: string | null;
  /** Name of the WebSite node, a second opinion on the outlet. */
  siteName: string | null;
  published: string | null;
  modified: string | null;
}

function personName(o: LdNode): string | null {
  const name = ldString(o.name);
  if (name) return name;
  const given = ldString(o.givenName);
  const family = ldString(o.familyName);
  return given || family ? [given, family].filter(Boolean).join(' ') : null;
}

function authorsIn(raw: unknown, nodes: LdNode[]): LdAuthor[] {
  const out: LdAuthor[] = [];
  for (const a of Array.isArray(raw) ? raw : raw ? [raw] : []) {
    const r = resolveRef(a, nodes);
    if (typeof r === 'string') {
      if (r.trim()) out.push({ name: cleanText(r), url: null, organization: false });
      continue;
    }
    if (!r || typeof r !== 'object' || Array.isArray(r)) continue;
    const o = r as LdNode;
    const name = personName(o);
    if (!name) continue;
    const url = ldString(o.url) ?? (typeof o.sameAs === 'string' ? o.sameAs : null);
    out.push({ name, url, organization: ldTypes(o).some((t) => ORGANIZATION.test(t)) });
  }
  return out;
}

function authorsOf(node: LdNode | undefined, nodes: LdNode[]): LdAuthor[] {
  if (!node) return [];
  const authors = authorsIn(node.author, nodes);
  // `creator` names the writer where `author` is only the organization.
  if (authors.some((a) => !a.organization)) return authors;
  const creators = authorsIn(node.creator, nodes).filter((a) => !a.organization);
  return creators.length ? [...creators, ...authors] : authors;
}

export function jsonLdFacts(nodes: LdNode[]): JsonLdFacts {
  const articles = articleNodes(nodes);
  // A page can list teasers as Article nodes too: the one with a headline and an author first.
  const art =
    articles.find((n) => n.headline && (n.author || n.creator)) ??
    articles.find((n) => n.headline ?? n.name) ??
    articles[0];
  const page = nodes.find((n) => ldTypes(n).some((t) => PAGE.test(t)));
  let authors = authorsOf(art, nodes);
  if (!authors.length && !art?.author) authors = authorsOf(page, nodes);
  const publisherNode = resolveRef(art?.publisher ?? page?.publisher, nodes);
  const website = nodes.find((n) => ldTypes(n).includes('WebSite'));
  const date = (k: string) => ldString(art?.[k]) ?? ldString(page?.[k]);
  return {
    headline: ldString(art?.headline) ?? (art ? ldString(art.name) : null),
    name: art ? ldString(art.name) : null,
    authors,
    publisher: ldString(publisherNode),
    siteName: website ? ldString(website.name) : null,
    published: date('datePublished') ?? date('dateCreated'),
    modified: date('dateModified'),
  };
}
