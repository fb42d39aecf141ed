// Article detection (src/core/detect.ts, src/core/detect/): each hand-made fixture
// tests/fixtures/detect-<kind>/ with its expected.json (the URL it is served at, whether it is an
// article, which signals must fire), plus the signals one by one and bad input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readJsonLdType } from '../../src/core/detect/json-ld-type.ts';
import { readMicrodataType } from '../../src/core/detect/microdata-type.ts';
import { readOgType } from '../../src/core/detect/open-graph-type.ts';
import { isReaderable } from '../../src/core/detect/readerable.ts';
import { textDensity } from '../../src/core/detect/script-density.ts';
import { countPrices } from '../../src/core/detect/shop-page.ts';
import { measureTextStructure } from '../../src/core/detect/text-structure.ts';
import { classifyUrl, type UrlShape } from '../../src/core/detect/url-shape.ts';
import { WEIGHTS } from '../../src/core/detect/weigh-evidence.ts';
import { detectArticle } from '../../src/core/detect.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');

interface Expected {
  url: string;
  isArticle: boolean;
  fires: string[];
  doesNotFire?: string[];
}

function load(slug: string, url?: string): Document {
  const html = readFileSync(join(FIXTURES, slug, 'page.html'), 'utf8');
  return new JSDOM(html, { url }).window.document;
}

function html(body: string, head = ''): Document {
  return new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).window.document;
}

describe('detectArticle on the detect-* fixtures', () => {
  for (const slug of [
    'detect-home',
    'detect-section',
    'detect-search',
    'detect-product-listing',
    'detect-login',
    'detect-article-no-metadata',
    'detect-article-brief',
    'detect-article-with-teasers',
    'detect-article-cjk',
  ]) {
    it(slug, () => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Expected;
      const d = detectArticle(load(slug, expected.url), expected.url);
      expect(d.isArticle, JSON.stringify(d.signals)).toBe(expected.isArticle);
      expect(Object.keys(d.signals)).toEqual(expect.arrayContaining(expected.fires));
      for (const s of expected.doesNotFire ?? []) expect(d.signals).not.toHaveProperty(s);
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(1);
      if (expected.isArticle) expect(d.score).toBeGreaterThan(0.5);
      else expect(d.score).toBeLessThan(0.5);
    });
  }

  it('front-page and demo-article (the end-to-end fixtures)', () => {
    const front = 'https://ledger.example/';
    expect(detectArticle(load('front-page', front), front).isArticle).toBe(false);
    const article = 'https://ledger.example/2026/01/14/grid-batteries-carry-the-baltic-winter-peak/';
    expect(detectArticle(load('demo-article', article), article).isArticle).toBe(true);
  });

  it('the page alone decides when the URL says nothing', () => {
    expect(detectArticle(load('detect-section'), null).isArticle).toBe(false);
    expect(detectArticle(load('detect-article-no-metadata'), null).isArticle).toBe(true);
    expect(detectArticle(load('detect-article-brief'), 'not a url').isArticle).toBe(true);
  });

  it('every signal reported is a weighed one, with its weight', () => {
    const d = detectArticle(load('detect-home'), 'https://courier.example/');
    for (const [name, w] of Object.entries(d.signals)) {
      expect(WEIGHTS).toHaveProperty(name);
      expect(Math.sign(w)).toBe(Math.sign(WEIGHTS[name as keyof typeof WEIGHTS]));
    }
  });
});

describe('classifyUrl', () => {
  const cases: [string, UrlShape][] = [
    ['https://news.example/', 'home'],
    ['https://news.example/index.html', 'home'],
    ['https://news.example/en/', 'home'],
    ['https://news.example/search?q=climate', 'search'],
    ['https://news.example/suche/?query=klima', 'search'],
    ['https://news.example/?s=election', 'search'],
    ['https://news.example/category/politics/', 'listing'],
    ['https://news.example/tag/climate-change/', 'listing'],
    ['https://news.example/topics/climate-change-and-the-energy-transition/', 'listing'],
    ['https://news.example/category/world/page/3/', 'listing'],
    ['https://news.example/authors/jane-doe/why-the-harbour-matters-more-than-ever', 'article'],
    ['https://news.example/page/4/', 'listing'],
    ['https://news.example/2015/05/', 'listing'],
    ['https://news.example/?cat=12', 'listing'],
    ['https://news.example/articles/', 'listing'],
    ['https://news.example/news-events?limit=10&start=80', 'listing'],
    ['https://news.example/en/service/terms/', 'legal'],
    ['https://news.example/impressum', 'legal'],
    ['https://news.example/politics', 'shallow'],
    ['https://news.example/sport/football/', 'shallow'],
    ['https://news.example/2024/03/07/council-approves-new-budget/', 'article'],
    ['https://news.example/world/europe/ministers-meet-in-brussels-over-grain-exports', 'article'],
    ['https://news.example/politik/article249561112/Wahl.html', 'article'],
    ['https://news.example/stories/3376705/', 'article'],
    ['https://news.example/articles/AST1F4445T1FUTIL02SM.html', 'article'],
    ['https://news.example/archive/63076', 'article'],
    ['https://news.example/2026/01/14/grid-batteries/?utm_source=rss', 'article'],
    ['https://news.example/test/page.html', 'unknown'],
    [':not a url', 'unknown'],
  ];
  for (const [url, shape] of cases) it(`${url} → ${shape}`, () => expect(classifyUrl(url).shape).toBe(shape));
  it('no URL', () => expect(classifyUrl(null).shape).toBe('unknown'));
});

describe('structured data', () => {
  it('JSON-LD: an article as a WebPage mainEntity inside @graph (detect-article-brief)', () => {
    expect(readJsonLdType(load('detect-article-brief'))).toMatchObject({ articles: 1, otherType: null });
  });
  it('JSON-LD: a search results page and a front page describing only the site', () => {
    expect(readJsonLdType(load('detect-search')).otherType).toBe('SearchResultsPage');
    expect(readJsonLdType(load('detect-home'))).toMatchObject({ articles: 0, siteOnly: true });
  });
  it('JSON-LD: articles listed in an ItemList do not make the page an article', () => {
    const doc = html(
      '',
      `<script type="application/ld+json">{"@type":"CollectionPage","mainEntity":{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"A"},{"@type":"NewsArticle","headline":"B"}]}}</script>`,
    );
    expect(readJsonLdType(doc)).toMatchObject({ articles: 0, otherType: 'CollectionPage' });
  });
  it('JSON-LD: types written as full schema.org URLs', () => {
    const doc = html(
      '',
      '<script type="application/ld+json">{"@type":"http://schema.org/ProfilePage","name":"x"}</script>',
    );
    expect(readJsonLdType(doc).otherType).toBe('ProfilePage');
  });
  it('og:type', () => {
    expect(readOgType(load('detect-article-with-teasers'))).toBe('article');
    expect(readOgType(load('detect-home'))).toBe('other');
    expect(readOgType(load('detect-article-no-metadata'))).toBeNull();
  });
  it('microdata: Article items', () => {
    const card = '<div itemscope itemtype="https://schema.org/BlogPosting"><h2>Post</h2></div>';
    expect(readMicrodataType(html(card)).articles).toBe(1);
    expect(readMicrodataType(html(card.repeat(4))).articles).toBe(4);
  });
});

describe('text structure', () => {
  it('one run of paragraphs under one container (detect-article-no-metadata)', () => {
    const t = measureTextStructure(load('detect-article-no-metadata'));
    expect(t.mainParagraphs).toBe(6);
    expect(t.mainChars).toBeGreaterThan(1000);
    expect(t.teaserParagraphs).toBe(0);
  });
  it('excerpts under linked headlines, each in its own card (detect-section)', () => {
    const t = measureTextStructure(load('detect-section'));
    expect(t.teaserParagraphs).toBe(5);
    expect(t.linkedHeadings).toBe(5);
  });
  it('a teaser grid after an article body stays outside the main container (detect-article-with-teasers)', () => {
    const t = measureTextStructure(load('detect-article-with-teasers'));
    expect(t.mainParagraphs).toBe(5);
    expect(t.mainTeasers).toBe(0);
    expect(t.teaserParagraphs).toBe(4);
  });
  it('prices on a shop page (detect-product-listing)', () => {
    expect(countPrices(load('detect-product-listing'))).toBeGreaterThanOrEqual(10);
    expect(countPrices(load('detect-article-no-metadata'))).toBe(0);
  });
});

describe('CJK text', () => {
  it('Japanese paragraphs count at three times their length (detect-article-cjk)', () => {
    const doc = load('detect-article-cjk');
    expect(textDensity(doc)).toBe(3);
    expect(isReaderable(doc, 1)).toBe(false);
    expect(isReaderable(doc, 3)).toBe(true);
    expect(measureTextStructure(doc, 3).mainParagraphs).toBe(5);
    expect(textDensity(load('detect-article-no-metadata'))).toBe(1);
  });

  it('without a lang attribute, a title mostly in CJK makes the page dense', () => {
    const titled = (title: string) => new JSDOM(`<title>${title}</title>`).window.document;
    expect(textDensity(titled('東京新聞デジタル：物価高で家計の負担増す — Tokyo'))).toBe(3);
    expect(textDensity(titled('한국일보 경제 뉴스 정리'))).toBe(3);
    expect(textDensity(titled('Über die Lage in 東京: Ökonomen sind skeptisch'))).toBe(1);
    expect(textDensity(titled('Ёлка и Öl'))).toBe(1);
    expect(textDensity(titled('2026 — 12'))).toBe(1);
  });
});

describe('bad input', () => {
  it('empty and malformed pages give a clear non-article result', () => {
    const empty = new JSDOM('').window.document;
    expect(detectArticle(empty, null)).toMatchObject({ isArticle: false });
    const broken = html('<p>', '<script type="application/ld+json">{"@type": "NewsArticle",</script>');
    expect(() => detectArticle(broken, 'https://x.example/')).not.toThrow();
    const noBody = new JSDOM('<html></html>').window.document;
    noBody.documentElement.replaceChildren();
    expect(() => detectArticle(noBody, 'https://x.example/a-b-c-d-e')).not.toThrow();
  });
  it('a huge page of paragraphs', () => {
    const doc = html(`<div>${`<p>${'word '.repeat(20)}</p>`.repeat(1000)}</div>`);
    expect(detectArticle(doc, 'https://x.example/2024/01/02/a-long-article-slug/').isArticle).toBe(true);
  });
});
