// Microdata itemtypes: one Article item wrapping the body marks an article page, while three or
// more Article items are the teaser cards of a listing (blog fronts mark each excerpt).

export interface MicrodataEvidence {
  articles: number;
}

const ARTICLE_ITEMTYPE = /schema\.org\/(?:\w*Article|BlogPosting|LiveBlogPosting|Report)\b/i;

export function readMicrodataType(doc: Document): MicrodataEvidence {
  let articles = 0;
  for (const el of doc.querySelectorAll('[itemtype]'))
    if (ARTICLE_ITEMTYPE.test(el.getAttribute('itemtype') ?? '')) articles++;
  return { articles };
}
