import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { loadFixture } from './support/fixture-page.ts';

describe('lazy images in the reader HTML (fixture lazy-images)', () => {
  const doc = loadFixture('lazy-images');
  const { html, text } = analyze(doc, 'https://news.example/2025/01/02/wetlands/', { skipQuotes: true });

  it('replaces placeholders with the real addresses from data-src and data-srcset', () => {
    expect(html).toContain('src="https://img.example/wetland-1.jpg"');
    expect(html).toContain('https://img.example/wetland-1-1600.jpg 1600w');
    expect(html).not.toContain('data:image/gif');
  });

  it('resolves a <picture> and its sources', () => {
    expect(html).toContain('https://img.example/heron.jpg');
    expect(html).toContain('srcset="https://img.example/heron.webp"');
  });

  it('keeps figures and captions in the HTML, not in the text', () => {
    expect(html).toContain('<figcaption>Reeds have returned along the upper river.</figcaption>');
    expect(text).not.toContain('Reeds have returned');
    expect(text).not.toContain('A heron in the reeds');
  });
});
