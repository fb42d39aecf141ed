// Is this page a single article? A score from cheap signals, safe to run on every page load:
// Readability's readerability, structured metadata and the URL's shape.
import { isProbablyReaderable } from '@mozilla/readability';

export interface Detection {
  isArticle: boolean;
  /** 0..1 */
  score: number;
  signals: Record<string, number>;
}

const ARTICLE_TYPES =
  /^(?:News|Blog|Scholarly|Tech|Report|Analysis|Opinion|Review|Satirical|Background|AskPublicNews)?Article$|^BlogPosting$|^LiveBlogPosting$|^Report$/i;

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 6 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const t = o['@type'];
    if (typeof t === 'string') types.push(t);
    else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') types.push(x);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // Malformed JSON-LD is common; it just gives no signal.
    }
  }
  return types;
}

export function detectArticle(doc: Document, url: string | null): Detection {
  const signals: Record<string, number> = {};
  const readerable = isProbablyReaderable(doc);
  signals.readerable = readerable ? 1 : 0;
  const types = jsonLdTypes(doc);
  signals.jsonLdArticle = types.some((t) => ARTICLE_TYPES.test(t)) ? 1 : 0;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase();
  signals.ogArticle = ogType === 'article' ? 1 : 0;
  let path = '';
  try {
    path = url ? new URL(url).pathname : '';
  } catch {
    path = '';
  }
  signals.rootPath = path === '/' || path === '' ? 1 : 0;
  signals.datedPath = /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])\//.test(path) ? 1 : 0;
  let score = 0.45 * signals.readerable + 0.25 * signals.jsonLdArticle + 0.15 * signals.ogArticle;
  score += 0.1 * signals.datedPath;
  if (signals.rootPath) score *= 0.3;
  score = Math.max(0, Math.min(1, score + (readerable ? 0.1 : 0)));
  return { isArticle: score >= 0.5, score: Math.round(score * 1000) / 1000, signals };
}
