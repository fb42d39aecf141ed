// Weighs the detection signals as log-odds: each signal that fires adds its weight, and the sum
// goes through a logistic function, so the score reads as a probability and no single signal
// decides alone (sites misuse og:type, front pages can be readerable, articles can be short).
// Weights were set by hand, guided by a logistic fit over the shared corpora.
import type { JsonLdEvidence } from './json-ld-type.ts';
import type { MicrodataEvidence } from './microdata-type.ts';
import type { OgKind } from './open-graph-type.ts';
import type { TextStructure } from './text-structure.ts';
import type { UrlEvidence } from './url-shape.ts';

export interface ArticleEvidence {
  readerable: boolean;
  jsonLd: JsonLdEvidence;
  ogType: OgKind;
  microdata: MicrodataEvidence;
  url: UrlEvidence;
  text: TextStructure;
  /** Links on the page. */
  links: number;
  /** Elements marked as prices. */
  prices: number;
  passwordField: boolean;
}

export interface Detection {
  isArticle: boolean;
  /** 0..1, how sure detection is that this is one article. */
  score: number;
  /** The weight (log-odds) each signal that fired added to the score. */
  signals: Record<string, number>;
}

export const WEIGHTS = {
  // Readability's own test: enough long paragraphs somewhere on the page.
  readerable: 1.5,
  notReaderable: -1.5,
  // Publishers' own statement: the most reliable signal when present.
  jsonLdArticle: 2,
  jsonLdOtherType: -2.5,
  jsonLdSiteOnly: -0.75,
  ogArticle: 1.5,
  ogOtherType: -1,
  microdataArticle: 0.75,
  microdataArticleList: -1,
  urlHome: -3,
  urlSearch: -3,
  urlListing: -2,
  urlLegal: -3.5,
  urlShallow: -1.25,
  urlArticle: 0.5,
  // Scaled by the body's length: up to this much for 2,000 characters in one container.
  mainTextBlock: 1.5,
  teaserHeadings: -1.25,
  teaserExcerpts: -1,
  scatteredText: -0.75,
  linksWithoutProse: -1,
  shopPrices: -3.5,
  loginForm: -1,
} as const;

type SignalName = keyof typeof WEIGHTS;

// A body this long under one container is a full article's worth.
const FULL_BODY_CHARS = 2000;

/** Which signals fire, and how strongly (1 = full weight). */
function firedSignals(e: ArticleEvidence): Partial<Record<SignalName, number>> {
  const t = e.text;
  const fired: Partial<Record<SignalName, number>> = {};
  fired[e.readerable ? 'readerable' : 'notReaderable'] = 1;
  if (e.jsonLd.articles > 0) fired.jsonLdArticle = 1;
  else if (e.jsonLd.otherType) fired.jsonLdOtherType = 1;
  else if (e.jsonLd.siteOnly) fired.jsonLdSiteOnly = 1;
  if (e.ogType === 'article') fired.ogArticle = 1;
  else if (e.ogType === 'other') fired.ogOtherType = 1;
  // One or two Article items wrap the article; three or more are a list of teasers.
  if (e.microdata.articles >= 3) fired.microdataArticleList = 1;
  else if (e.microdata.articles > 0) fired.microdataArticle = 1;
  const urlSignal = (
    {
      home: 'urlHome',
      search: 'urlSearch',
      listing: 'urlListing',
      legal: 'urlLegal',
      shallow: 'urlShallow',
      article: 'urlArticle',
      unknown: null,
    } as const
  )[e.url.shape];
  if (urlSignal) fired[urlSignal] = 1;
  // Teaser excerpts in the container are not a body of its own.
  if (t.mainParagraphs - t.mainTeasers >= 3) fired.mainTextBlock = Math.min(1, t.bodyChars / FULL_BODY_CHARS);
  // Most of the main container's paragraphs have their own linked headline: a list of teasers.
  if (t.linkedHeadings >= 3 && t.linkedHeadings * 2 >= t.mainParagraphs) fired.teaserHeadings = 1;
  // Excerpts under linked headlines make up the main container, or the page has no body of its
  // own and excerpts make up its prose. (An article with a "more stories" grid has a body.)
  if (
    (t.mainTeasers >= 3 && t.mainTeasers * 2 >= t.mainParagraphs) ||
    (t.mainParagraphs < 3 && t.teaserParagraphs >= 3 && t.teaserParagraphs * 2 >= t.paragraphs)
  )
    fired.teaserExcerpts = 1;
  // Plenty of prose, but no container holds even a third of it: excerpts spread over cards.
  if (t.totalChars >= 3000 && t.mainChars * 3 < t.totalChars) fired.scatteredText = 1;
  if (t.mainChars < 300 && e.links >= 80) fired.linksWithoutProse = 1;
  if (e.prices >= 10) fired.shopPrices = 1;
  if (e.passwordField && t.mainChars < 1500) fired.loginForm = 1;
  return fired;
}

export function weighEvidence(e: ArticleEvidence): Detection {
  const signals: Record<string, number> = {};
  let logit = 0;
  for (const [name, strength] of Object.entries(firedSignals(e)) as [SignalName, number][]) {
    const w = Math.round(WEIGHTS[name] * strength * 100) / 100;
    if (!w) continue;
    signals[name] = w;
    logit += w;
  }
  const score = 1 / (1 + Math.exp(-logit));
  // No net evidence either way is not enough to call a page an article.
  return { isArticle: logit > 0, score: Math.round(score * 1000) / 1000, signals };
}
