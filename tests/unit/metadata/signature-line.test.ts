import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/extract-metadata.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('signature-line (fixture metadata-lead-signature)', () => {
  it('reads the bold names that open the text rather than the outlet the JSON-LD names as author', () => {
    const m = extractMetadata(loadFixture('metadata-lead-signature'), 'https://example-times.example/story/');
    expect(m.authors.map((a) => a.name)).toEqual(['Jane Mokoena', 'John Roe']);
  });
});
