// og:type: "article" on article pages, "website", "profile", "video.*", "product" … elsewhere.
// Weaker than JSON-LD: some sites stamp "article" or "website" on every page of theirs.

export type OgKind = 'article' | 'other' | null;

export function readOgType(doc: Document): OgKind {
  const value = doc
    .querySelector('meta[property="og:type" i], meta[name="og:type" i]')
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  if (!value) return null;
  return value === 'article' || value.endsWith(':article') || value === 'blog' ? 'article' : 'other';
}
