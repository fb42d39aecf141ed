import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/extract-metadata.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('json-ld (fixture metadata-json-ld-cdata)', () => {
  const m = extractMetadata(loadFixture('metadata-json-ld-cdata'), 'https://blog.example.org/post');

  it('reads a block wrapped in <![CDATA[ … ]]>', () => {
    expect(m.outlet.name).toBe('Example Works');
    expect(m.authors.map((a) => a.name)).toEqual(['Jane Roe']);
    expect(m.published).toMatch(/^2024-06-25T10:00/);
  });
});

describe('json-ld (fixture metadata-json-ld-name)', () => {
  it('takes the node name as title when the headline is a description the other titles do not share', () => {
    const m = extractMetadata(loadFixture('metadata-json-ld-name'), 'https://wiki.example.org/Lake_Tarvo');
    expect(m.title).toBe('Lake Tarvo');
  });
});

describe('json-ld (fixture metadata-json-ld-main-entity)', () => {
  it('reads the article a WebPage node holds as its mainEntity', () => {
    const m = extractMetadata(
      loadFixture('metadata-json-ld-main-entity'),
      'https://www.mr.de/garten/herbst-123.html',
    );
    expect(m.outlet.name).toBe('Mittelstädter Rundschau');
    expect(m.authors.map((a) => a.name)).toEqual(['Karin Beispiel']);
    expect(m.published).toMatch(/^2024-10-02T/);
  });
});
