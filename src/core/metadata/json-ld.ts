// Schema.org JSON-LD blocks, flattened: @graph members and nested objects become one list of
// nodes, and @id references can be resolved against it (publishers are often only an @id).

export type LdNode = Record<string, unknown>;

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
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const raw = (s.textContent ?? '').trim();
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
    if (typeof id === 'string' && Object.keys(o).length <= 2) {
      return nodes.find((n) => n !== o && n['@id'] === id && Object.keys(n).length > 1) ?? v;
    }
  }
  return v;
}

const ARTICLE = /(?:Article|BlogPosting|NewsArticle|Report|LiveBlogPosting)$/;

export function articleNodes(nodes: LdNode[]): LdNode[] {
  return nodes.filter((n) => ldTypes(n).some((t) => ARTICLE.test(t)));
}

export function ldString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return ldString(v[0]);
  if (v && typeof v === 'object') {
    const o = v as LdNode;
    return ldString(o.name ?? o['@value']);
  }
  return null;
}
