// Is this page a single article? Cheap signals, safe to run on every page load (no layout reads,
// one pass over paragraphs): Readability's readerability, structured metadata, the URL's shape
// and the shape of the page's text, weighed together into a 0..1 score (see detect/weigh-evidence.ts).
import { readJsonLdType } from './detect/json-ld-type.ts';
import { hasPasswordField } from './detect/login-form.ts';
import { readMicrodataType } from './detect/microdata-type.ts';
import { readOgType } from './detect/open-graph-type.ts';
import { isReaderable } from './detect/readerable.ts';
import { textDensity } from './detect/script-density.ts';
import { countPrices } from './detect/shop-page.ts';
import { measureTextStructure } from './detect/text-structure.ts';
import { classifyUrl } from './detect/url-shape.ts';
import { type ArticleEvidence, type Detection, weighEvidence } from './detect/weigh-evidence.ts';
import type { LdNode } from './metadata/json-ld.ts';

export type { ArticleEvidence, Detection } from './detect/weigh-evidence.ts';

/** `jsonLd`: the page's JSON-LD nodes when the caller has read them already (analyze). */
export function gatherEvidence(doc: Document, url: string | null, jsonLd?: LdNode[]): ArticleEvidence {
  const density = textDensity(doc);
  return {
    readerable: isReaderable(doc, density),
    jsonLd: readJsonLdType(doc, jsonLd),
    ogType: readOgType(doc),
    microdata: readMicrodataType(doc),
    url: classifyUrl(url),
    text: measureTextStructure(doc, density),
    links: doc.links.length,
    prices: countPrices(doc),
    passwordField: hasPasswordField(doc),
  };
}

/** Never throws: a page that breaks the gathering gets "not an article" and an `error` signal. */
export function detectArticle(doc: Document, url: string | null, jsonLd?: LdNode[]): Detection {
  try {
    return weighEvidence(gatherEvidence(doc, url, jsonLd));
  } catch {
    return { isArticle: false, score: 0, signals: { error: 1 } };
  }
}
