// The string-level pieces of the metadata sources: title suffixes, copyright holders, bylines.
import { describe, expect, it } from 'vitest';
import { bylinePieces, uninvertName } from '../../../src/core/metadata/author-names.ts';
import { holderOf } from '../../../src/core/metadata/copyright-line.ts';
import { toIsoDate } from '../../../src/core/metadata/iso-date.ts';
import { splitTitle, stripTitleSuffix } from '../../../src/core/metadata/title-suffix.ts';

describe('title-suffix', () => {
  it('splits spaced separators and bare bars, last segment first', () => {
    expect(splitTitle('Storm hits the coast at night - Europe | Example News')).toEqual({
      head: 'Storm hits the coast at night',
      suffixes: ['Example News', 'Europe'],
    });
    expect(splitTitle('Storm hits the coast at night|Example').suffixes).toEqual(['Example']);
    expect(splitTitle('Storm hits the coast at night :: Example').suffixes).toEqual(['Example']);
  });

  it('leaves hyphens inside words and unspaced colons alone', () => {
    expect(splitTitle('Well-known storm-chaser returns: 10:30 report').suffixes).toEqual([]);
  });

  it('cuts a suffix longer than the head when another source states the head', () => {
    expect(stripTitleSuffix('„Tempo“ - The Long Name of the Daily', [], ['„Tempo“'])).toBe('„Tempo“');
    expect(stripTitleSuffix('„Tempo“ - The Long Name of the Daily', [])).toBe(
      '„Tempo“ - The Long Name of the Daily',
    );
  });

  it('cuts the suffix that names the outlet', () => {
    expect(stripTitleSuffix('Storm hits the coast at night – Example News', ['Example News'])).toBe(
      'Storm hits the coast at night',
    );
  });
});

describe('copyright-line', () => {
  it('reads the holder between the year and the next sentence', () => {
    expect(holderOf('© 2025 The Eastern Herald. All rights reserved.')).toBe('The Eastern Herald');
    expect(holderOf('Copyright 2019-2025 Example Media | Impressum')).toBe('Example Media');
    expect(holderOf('(c) Example Daily, alle Rechte vorbehalten')).toBe('Example Daily');
  });
});

describe('author-names', () => {
  it('splits names at joins and drops dates, roles and handles', () => {
    expect(bylinePieces('By Jane Doe and John Roe, Reuters Updated May 2, 2024')).toEqual([
      'Jane Doe',
      'John Roe',
      'Reuters',
    ]);
    expect(bylinePieces('Jane Doe @janedoe')).toEqual(['Jane Doe']);
    expect(bylinePieces('By Jane Doe For Example.com')).toEqual(['Jane Doe']);
    expect(bylinePieces('김철수 기자')).toEqual(['김철수']);
  });

  it('splits names at an unspaced slash before a capital, not agency codes', () => {
    expect(bylinePieces('Jane Doe/John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(bylinePieces('srf/hosb')).toEqual(['srf/hosb']);
  });

  it('turns "Family, Given" round', () => {
    expect(uninvertName('Brazil, Rachel')).toBe('Rachel Brazil');
    expect(uninvertName('Doe, Jane, Roe')).toBe('Doe, Jane, Roe');
  });
});

describe('iso-date', () => {
  it('keeps the offset an RFC 2822 date names', () => {
    expect(toIsoDate('Tue, 02 May 2023 08:15:00 +0200')).toBe('2023-05-02T08:15:00+02:00');
  });
});
