import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/extract-metadata.ts';
import { loadFixture } from '../support/fixture-page.ts';

const authorsOf = (slug: string) =>
  extractMetadata(loadFixture(slug), 'https://examplia.example/story/').authors.map((a) => a.name);

describe('author-names (fixture metadata-account-author)', () => {
  it('takes no name whose family name is a bare initial (a CMS account) and reads the signature', () => {
    expect(authorsOf('metadata-account-author')).toEqual(['THANDI MOKOENA']);
  });
});

describe('extract-metadata (fixture metadata-generic-author)', () => {
  it('does not fall back to a generic word the CMS put in the author field', () => {
    expect(authorsOf('metadata-generic-author')).toEqual([]);
  });
});

describe('visible-byline (fixture metadata-teaser-byline)', () => {
  it('takes no byline from a teaser link to another story, and falls back to the stated author', () => {
    expect(authorsOf('metadata-teaser-byline')).toEqual(['Examplia Nachrichten']);
  });
});

describe('author-names and signature-line (fixture metadata-cms-admin-author)', () => {
  it('names no author for a CMS account ("admin") nor for a bold line after a sidebar link', () => {
    expect(authorsOf('metadata-cms-admin-author')).toEqual([]);
  });
});
