// The page's <meta> tags read once into a map (name, property or itemprop, lower-cased), so every
// metadata source looks values up without querying the DOM again.
import { cleanText } from './clean-text.ts';

export class MetaTags {
  private readonly values = new Map<string, string[]>();

  constructor(doc: Document) {
    for (const el of doc.getElementsByTagName('meta')) {
      const content = el.getAttribute('content');
      if (!content) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const key = el.getAttribute(attr);
        if (!key) continue;
        // RDFa's property holds a list: property="og:title twitter:title".
        if (attr === 'property') for (const k of key.trim().split(/\s+/)) this.add(k, content);
        else this.add(key, content);
      }
    }
  }

  private add(rawKey: string, content: string) {
    const value = cleanText(content);
    if (!value) return;
    // RDFa pages spell OpenGraph keys out as IRIs (http://ogp.me/ns#site_name).
    const key = rawKey
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\/ogp\.me\/ns#/, 'og:')
      .replace(/^https?:\/\/ogp\.me\/ns\/article#/, 'article:');
    const list = this.values.get(key);
    if (!list) this.values.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  }

  /** The first value of the first key present. */
  get(...keys: string[]): string | null {
    for (const k of keys) {
      const v = this.values.get(k);
      if (v) return v[0];
    }
    return null;
  }

  /** Every value of one key, in page order. */
  all(key: string): string[] {
    return this.values.get(key) ?? [];
  }
}
