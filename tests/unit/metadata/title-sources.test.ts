// Declared titles beyond OpenGraph and JSON-LD.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/extract-metadata.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('meta titles (fixture metadata-meta-title-lists)', () => {
  const url = 'https://fieldnotes.example/moss/';
  it('reads a property list ("og:title twitter:title") as each of its keys', () => {
    expect(extractMetadata(loadFixture('metadata-meta-title-lists', url), url).title).toBe(
      'Moss grows back after the dry summer',
    );
  });

  it('takes the Dublin Core title over the <title> where OpenGraph is missing', () => {
    const doc = loadFixture('metadata-meta-title-lists', url);
    doc.querySelector('meta[property]')?.remove();
    expect(extractMetadata(doc, url).title).toBe('Moss after the drought');
  });
});

describe('a declared section glued to the title (fixture metadata-section-suffix)', () => {
  const url = 'https://zeitung.example/politik/radwege-innenstadt';

  it('cuts "-Politik" when article:section declares it, after the outlet', () => {
    expect(extractMetadata(loadFixture('metadata-section-suffix', url), url).title).toBe(
      'Stadtrat beschließt neue Radwege für die Innenstadt',
    );
  });

  it('keeps the word when no section is declared', () => {
    const doc = loadFixture('metadata-section-suffix', url);
    doc.querySelector('meta[property="article:section"]')?.remove();
    expect(extractMetadata(doc, url).title).toBe(
      'Stadtrat beschließt neue Radwege für die Innenstadt-Politik',
    );
  });
});
