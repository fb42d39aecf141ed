// The hand-walked replacements for scanning regexes (sentence ends, bracketed acronyms) keep
// their answers; and long hostile runs finish (the regex-safety check guards the patterns).
import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions } from '../../src/core/quotes/acronyms.ts';
import { findNameMentions } from '../../src/core/quotes/names.ts';
import { roleHead } from '../../src/core/quotes/roles.ts';
import { splitSentences } from '../../src/core/quotes/sentences.ts';

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits before capitals and quotation marks, not after titles or initials', () => {
    expect(pieces('Mr. Smith left. “He is gone,” she said. It ended?! Then James P. Kennedy spoke.')).toEqual(
      ['Mr. Smith left.', '“He is gone,” she said.', 'It ended?!', 'Then James P. Kennedy spoke.'],
    );
  });
  it('keeps closing marks with the sentence', () => {
    expect(pieces('He said “no.” Then he left (quickly.) Later, 5 more.')).toEqual([
      'He said “no.”',
      'Then he left (quickly.)',
      'Later, 5 more.',
    ]);
  });
  it('knows the German marks: „…“ and »…« open a sentence, “ and « close one', () => {
    expect(pieces('Er lehrt in Frankfurt. „Wir sind hinten dran.“ Sie nickt. »Gut.« Dann ging sie.')).toEqual(
      ['Er lehrt in Frankfurt.', '„Wir sind hinten dran.“', 'Sie nickt.', '»Gut.«', 'Dann ging sie.'],
    );
  });
  it('gets through long runs of dots and spaces', () => {
    const text = `${'.'.repeat(50_000)}${' '.repeat(50_000)}x`;
    expect(splitSentences(text)).toHaveLength(1);
  });
});

describe('findAcronymDefinitions', () => {
  it('ties a bracketed acronym to the capitalized name before it', () => {
    const d = findAcronymDefinitions(
      'said an analyst at the Belarusian Institute for Strategic Studies (BISI) on Monday, and Pacific Gas & Electric Co. (PG&E) agreed.',
    );
    expect(d.get('BISI')).toBe('Belarusian Institute for Strategic Studies');
    expect(d.get('PG&E')).toBe('Pacific Gas & Electric Co.');
  });
  it('gets through a long capitalized run', () => {
    expect(findAcronymDefinitions(`${'Aa '.repeat(30_000)}(ZZ`).size).toBe(0);
  });
});

describe('roleHead', () => {
  it('takes the head before a preposition', () => {
    expect(roleHead('senior analyst at the bank')).toBe('analyst');
    expect(roleHead('Professors of economics')).toBe('professor');
  });
});

describe('findNameMentions', () => {
  it('reads names where words begin, not capitals inside words', () => {
    const m = findNameMentions("McDonald's chef O'Brien met Jean-Luc Picard and iPhone-Maker Tim Cook.");
    expect(m.map((x) => x.words.join(' '))).toEqual(expect.arrayContaining(['Jean-Luc Picard', 'Tim Cook']));
    expect(m.some((x) => x.words.includes('Phone-Maker') || x.words.includes('Donald'))).toBe(false);
  });
  it('gets through a long word of capitals and a long run of hyphens before one', () => {
    const text = `a${'B'.repeat(100_000)} ${"'-".repeat(50_000)}C x`;
    const t = performance.now();
    findNameMentions(text);
    // A bound against quadratic work (seconds at this size), not a speed measurement.
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
