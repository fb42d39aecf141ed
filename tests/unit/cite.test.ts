// "Cite this article" (src/popup/cite.ts) on the demo article's metadata and on awkward bylines.
import { describe, expect, test } from 'vitest';
import { apa, bibtex, bibtexKey, mla, plainText, splitName } from '../../src/popup/cite.ts';
import { DEMO_URL, demoAnalysis } from './support/demo-analysis.ts';

describe('splitName', () => {
  test('given and family names, particles and suffixes', () => {
    expect(splitName('Mara Lindqvist')).toMatchObject({ given: 'Mara', family: 'Lindqvist' });
    expect(splitName('Ludwig van Beethoven')).toMatchObject({ given: 'Ludwig', family: 'van Beethoven' });
    expect(splitName('Martin Luther King Jr.')).toMatchObject({
      given: 'Martin Luther',
      family: 'King',
      suffix: 'Jr.',
    });
    expect(splitName('Lindqvist, Mara')).toMatchObject({ given: 'Mara', family: 'Lindqvist' });
    expect(splitName('Reuters')).toMatchObject({ family: 'Reuters', single: true });
  });
});

describe('APA 7', () => {
  test('two authors, the publisher-local date, outlet in italics', () => {
    const segments = apa(demoAnalysis());
    expect(plainText(segments)).toBe(
      `Lindqvist, M., & Petraitis, J. (2026, January 14). Grid batteries carry the Baltic winter peak for the first time. The Northern Ledger. ${DEMO_URL}`,
    );
    expect(segments.find((s) => s.italic)?.text).toBe('The Northern Ledger');
  });

  test('hyphenated given names and three authors', () => {
    const a = {
      ...demoAnalysis(),
      authors: [
        { name: 'Jean-Paul Sartre', url: null },
        { name: 'Ann Lee', url: null },
        { name: 'Bo Ek', url: null },
      ],
    };
    expect(plainText(apa(a))).toMatch(/^Sartre, J\.-P\., Lee, A\., & Ek, B\. \(2026/);
  });

  test('no author: the title comes first; no date: n.d.', () => {
    const a = { ...demoAnalysis(), authors: [], published: null };
    expect(plainText(apa(a))).toBe(
      `Grid batteries carry the Baltic winter peak for the first time. (n.d.). The Northern Ledger. ${DEMO_URL}`,
    );
  });
});

describe('MLA 9', () => {
  test('two authors, day month year, URL without the scheme', () => {
    expect(plainText(mla(demoAnalysis()))).toBe(
      'Lindqvist, Mara, and Jonas Petraitis. “Grid batteries carry the Baltic winter peak for the first time.” The Northern Ledger, 14 Jan. 2026, ledger.example/2026/01/14/grid-batteries/.',
    );
  });
});

describe('BibTeX', () => {
  test('an @article entry with escaped fields and a stable key', () => {
    const entry = bibtex(demoAnalysis(), new Date('2026-02-01T10:00:00Z'));
    expect(entry).toBe(
      [
        '@article{lindqvist2026grid,',
        '  author  = {Lindqvist, Mara and Petraitis, Jonas},',
        '  title   = {{Grid batteries carry the Baltic winter peak for the first time}},',
        '  journal = {The Northern Ledger},',
        '  year    = {2026},',
        '  month   = jan,',
        '  day     = {14},',
        `  url     = {${DEMO_URL}},`,
        '  urldate = {2026-02-01}',
        '}',
      ].join('\n'),
    );
  });

  test('special characters are escaped and diacritics fold in the key', () => {
    const a = {
      ...demoAnalysis(),
      title: 'Profits & losses: 50% off_#1',
      authors: [{ name: 'Ieva Markevičiūtė', url: null }],
    };
    expect(bibtex(a)).toContain('title   = {{Profits \\& losses: 50\\% off\\_\\#1}}');
    expect(bibtexKey(a)).toBe('markeviciute2026profits');
  });
});
