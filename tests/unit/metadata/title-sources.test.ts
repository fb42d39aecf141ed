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
