import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/extract-metadata.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('logo-alt (fixture metadata-logo-alt)', () => {
  it('skips "back to the home page" labels and reads the name out of "zu Startseite X"', () => {
    const m = extractMetadata(loadFixture('metadata-logo-alt'), 'https://www.beispielblatt.example/a');
    expect(m.outlet.name).toBe('Beispielblatt');
  });
});

describe('logo-alt (fixture metadata-logo-vouched)', () => {
  it('reads the logo when no name the page gives is one its domain vouches for', () => {
    // "BBT" is not what beispielbote.de stands for; the logo spells the masthead.
    const m = extractMetadata(loadFixture('metadata-logo-vouched'), 'https://www.beispielbote.de/hafenfest');
    expect(m.outlet.name).toBe('BEISPIELBOTE');
  });
});

describe('logo-alt (fixture metadata-logo-hyphen)', () => {
  it('drops a "-Logo" tail from the alt text', () => {
    const m = extractMetadata(loadFixture('metadata-logo-hyphen'), 'https://www.musterstaedter-bote.de/a');
    expect(m.outlet.name).toBe('Musterstädter Bote');
  });
});
