// The title is the headline the page shows above the article, in the words of the declared
// title that states it.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/extract-metadata.ts';
import { loadFixture } from '../support/fixture-page.ts';

const URL = 'https://www.rundschau.example/lokales/story-123.html';
const titleOf = (slug: string, edit?: (doc: Document) => void) => {
  const doc = loadFixture(slug, URL);
  edit?.(doc);
  return extractMetadata(doc, URL).title;
};

describe('shown headline (fixture metadata-breadcrumb-h1)', () => {
  it('takes the heading under the breadcrumb trail, not the SEO line the trail ends in', () => {
    expect(titleOf('metadata-breadcrumb-h1')).toBe('Neue Brücke über die Ilm kostet das Doppelte');
  });
});

describe('shown headline (fixture metadata-home-link-trail)', () => {
  it('knows a trail without a class by its link home, and a kicker by its data attribute', () => {
    expect(titleOf('metadata-home-link-trail')).toBe('Bridge budget doubles: council approves new plan');
  });

  it('does not take a logo linking home for a trail', () => {
    const title = titleOf('metadata-home-link-trail', (doc) =>
      doc.querySelector('a[href="/local/"]')?.remove(),
    );
    expect(title).toBe('Council approves river bridge budget');
  });
});

describe('shown headline (fixture metadata-kicker-heading)', () => {
  it('leaves out the kicker closed by a hidden separator when og:title does', () => {
    expect(titleOf('metadata-kicker-heading')).toBe('Pegel steigt weiter');
  });

  it('keeps the kicker when the declared title states it', () => {
    const title = titleOf('metadata-kicker-heading', (doc) =>
      doc.querySelector('meta[property="og:title"]')?.remove(),
    );
    expect(title).toBe('Hochwasser an der Ilm: Pegel steigt weiter');
  });
});

describe('shown headline (fixture metadata-kicker-above)', () => {
  it('takes a JSON-LD headline with the kicker set above the h1 as stating the same headline', () => {
    expect(titleOf('metadata-kicker-above')).toBe('Stadt sucht neue Schulleitung');
  });
});

describe('shown headline (fixture metadata-json-ld-unshown)', () => {
  it('keeps the JSON-LD headline over an og:title the h1 repeats', () => {
    expect(titleOf('metadata-json-ld-unshown')).toBe('River bridge costs double, city says');
  });
});

describe('site banner h1 (fixture metadata-site-banner-h1)', () => {
  const url = 'https://fieldnotes.example/terrarium/';
  it('does not take the site name the <title> ends in for the headline', () => {
    expect(extractMetadata(loadFixture('metadata-site-banner-h1', url), url).title).toBe(
      'How to build a terrarium in a jar',
    );
  });

  it('does not take a banner h1 outside the article that matches no declared title', () => {
    const doc = loadFixture('metadata-site-banner-h1', url);
    const h1 = doc.querySelector('h1');
    if (h1) h1.textContent = 'Welcome to my garden blog';
    expect(extractMetadata(doc, url).title).toBe('How to build a terrarium in a jar');
  });
});
