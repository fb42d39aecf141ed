import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { isCreditLine } from '../../src/core/body-text/credit-lines.ts';
import { isDateOnly, isMetaLine } from '../../src/core/body-text/meta-lines.ts';
import { isWidgetLine } from '../../src/core/body-text/widget-lines.ts';
import { loadFixture } from './support/fixture-page.ts';

describe('running text without header lines, credits and controls (fixture text-header-credits)', () => {
  const doc = loadFixture('text-header-credits');
  const a = analyze(doc, 'https://news.example/2025/01/14/night-trains/', { skipQuotes: true });

  it('keeps every paragraph of the body', () => {
    expect(a.text.startsWith('The first night train in twelve years')).toBe(true);
    expect(a.text).toContain('every night after that');
    expect(a.text).toContain('cover part of the operator');
  });

  it('leaves out the kicker, the repeated title, the dek, the byline and the dateline above it', () => {
    for (const s of [
      'Travel',
      'Night trains return',
      'Sleeper carriages are back',
      'By Lena Fischer',
      'Published 6:40',
    ])
      expect(a.text).not.toContain(s);
  });

  it('leaves out credits, captions outside <figcaption> and gallery controls', () => {
    for (const s of [
      'Photo: Anna Lund',
      'Image 1 of 5',
      'Caption',
      'Close',
      'AP Photo',
      'Reporting by',
      'All rights reserved',
    ])
      expect(a.text).not.toContain(s);
  });

  it('keeps them in the reader HTML', () => {
    expect(a.html).toContain('Photo: Anna Lund, AP');
    expect(a.html).toContain('By Lena Fischer');
  });

  it('does not take the header for page furniture when the title is no <h1>', () => {
    expect(a.clutter.map((c) => c.label)).not.toContain('Night trains return to the northern line');
  });
});

describe('line shapes', () => {
  it('bylines, datelines and reading times', () => {
    expect(isMetaLine('By Paul Takahashi')).toBe(true);
    expect(isMetaLine('Tom Krisher, AP Auto Writer')).toBe(true);
    expect(isMetaLine('Updated: Nov. 20, 2019 1:35 a.m.')).toBe(true);
    expect(isMetaLine('Veröffentlicht am 14.01.2025, 06:40')).toBe(true);
    expect(isMetaLine('5 min read')).toBe(true);
    expect(isMetaLine('Von Berlin nach Hamburg fahren täglich 20 Züge.')).toBe(false);
    expect(isMetaLine('By the end of the week the river had risen two metres.')).toBe(false);
    expect(isDateOnly('19.11.2019, 08:57')).toBe(true);
    expect(isDateOnly('20 ноября 2019, 12:30')).toBe(true);
    expect(isDateOnly('5 markets to watch')).toBe(false);
  });

  it('credits', () => {
    expect(isCreditLine('Sakib Ali/Hindustan Times/Getty Images')).toBe(true);
    expect(isCreditLine('(Image: © NASA/ESA)')).toBe(true);
    expect(isCreditLine('Keith Bradsher contributed reporting from Hong Kong.')).toBe(true);
    expect(
      isCreditLine('In this Dec. 12, 2006, file photo, astronauts work on the station. (NASA via AP, File)'),
    ).toBe(true);
    expect(isCreditLine('In this case, the court ruled for the plaintiffs.')).toBe(false);
    expect(isCreditLine('The speed limit there is 50 (km/h).')).toBe(false);
    expect(
      isCreditLine('Copyright law protects the work for seventy years after the death of its author.'),
    ).toBe(false);
    expect(isCreditLine('Die elektronische Patientenakte (ePA)')).toBe(false);
    expect(isCreditLine('Reuters reported that the company would cut jobs.')).toBe(false);
  });

  it('controls', () => {
    expect(isWidgetLine('Image 3 of / 12')).toBe(true);
    expect(isWidgetLine('Media playback is unsupported on your device')).toBe(true);
    expect(isWidgetLine('Close the border, the minister said.')).toBe(false);
  });
});
