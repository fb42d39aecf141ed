// Title, outlet, authors and dates from the page: JSON-LD first, then OpenGraph and meta tags,
// then the visible page.

import { normalizeSpace } from '../text.ts';
import type { Author, Outlet } from '../types.ts';
import { articleNodes, type LdNode, ldString, readJsonLd, resolveRef } from './json-ld.ts';

export interface Metadata {
  title: string | null;
  outlet: Outlet;
  authors: Author[];
  published: string | null;
  modified: string | null;
  lang: string | null;
  excerpt: string | null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}" i], meta[name="${k}" i], meta[itemprop="${k}" i]`);
    const v = el?.getAttribute('content');
    if (v?.trim()) return normalizeSpace(v);
  }
  return null;
}

function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function toIso(v: string | null): string | null {
  if (!v) return null;
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function ldAuthors(art: LdNode | undefined, nodes: LdNode[]): Author[] {
  if (!art) return [];
  const raw = art.author ?? art.creator;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const out: Author[] = [];
  for (const a of list) {
    const r = resolveRef(a, nodes);
    const name = ldString(r);
    if (!name) continue;
    const url = r && typeof r === 'object' ? ldString((r as LdNode).url) : null;
    out.push({ name: normalizeSpace(name), url });
  }
  return out;
}

export function extractMetadata(doc: Document, url: string | null): Metadata {
  const nodes = readJsonLd(doc);
  const art = articleNodes(nodes)[0];
  const title =
    ldString(art?.headline) ??
    meta(doc, 'og:title', 'twitter:title') ??
    (normalizeSpace(doc.querySelector('h1')?.textContent ?? '') || null) ??
    (normalizeSpace(doc.title) || null);
  const publisher = art ? resolveRef(art.publisher, nodes) : null;
  const outletName = ldString(publisher) ?? meta(doc, 'og:site_name', 'application-name');
  let authors = ldAuthors(art, nodes);
  if (!authors.length) {
    const m = meta(doc, 'author', 'article:author');
    if (m && !/^https?:/.test(m))
      authors = m
        .split(/\s*(?:,|\band\b|&)\s*/)
        .filter(Boolean)
        .map((name) => ({ name, url: null }));
  }
  const published = toIso(
    ldString(art?.datePublished) ??
      meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'date') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  const modified = toIso(ldString(art?.dateModified) ?? meta(doc, 'article:modified_time', 'dateModified'));
  return {
    title: title || null,
    outlet: { name: outletName, domain: domainOf(url) },
    authors,
    published,
    modified,
    lang: doc.documentElement.getAttribute('lang') || null,
    excerpt: meta(doc, 'description', 'og:description'),
  };
}
