import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/extract-metadata.ts';
import { chooseOutletName, siteLabel } from '../../../src/core/metadata/outlet-name.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('outlet-name (fixture metadata-outlet-company)', () => {
  it('keeps a declared company publisher over a name guessed from the title suffix', () => {
    const m = extractMetadata(loadFixture('metadata-outlet-company'), 'https://wiki.example.org/River');
    expect(m.outlet.name).toBe('Example Foundation, Inc.');
  });

  it('lets a company give way to a masthead the page declares', () => {
    const name = chooseOutletName(
      [
        { source: 'json-ld publisher', name: 'Example Media GmbH' },
        { source: 'og:site_name', name: 'Example Daily' },
      ],
      null,
    );
    expect(name).toBe('Example Daily');
  });

  it('drops a bracketed domain and prefers the short name in brackets', () => {
    expect(
      chooseOutletName([{ source: 'meta publisher', name: 'Example Wave (www.ew.example)' }], null),
    ).toBe('Example Wave');
    expect(chooseOutletName([{ source: 'og:site_name', name: 'Radio Example Nord (REN)' }], null)).toBe(
      'REN',
    );
  });

  it('takes a title suffix the domain does not vouch for only after the declared names', () => {
    const name = chooseOutletName(
      [
        { source: 'json-ld publisher', name: 'nordblatt.de' },
        { source: 'title suffix', name: 'Minister resigns' },
      ],
      'https://www1.nordblatt.de/a',
    );
    expect(name).toBe('nordblatt.de');
  });
});

describe('outlet-name (fixture metadata-site-label)', () => {
  it('reads a three-letter site label under a country code as the site, not as a suffix', () => {
    // nachrichten.rbx.de: "rbx" is the site (not like "co" in co.uk), so "RBX" is the suffix it vouches for.
    const m = extractMetadata(loadFixture('metadata-site-label'), 'https://nachrichten.rbx.de/a/sturm');
    expect(m.outlet.name).toBe('RBX');
  });

  it('still finds the site before a two-part country suffix', () => {
    expect(siteLabel('www1.wdr.de')).toBe('wdr');
    expect(siteLabel('news.orf.at')).toBe('orf');
    expect(siteLabel('news.bbc.co.uk')).toBe('bbc');
    expect(siteLabel('japannews.yomiuri.co.jp')).toBe('yomiuri');
    expect(siteLabel('www.9news.com.au')).toBe('9news');
  });
});

describe('outlet-name (fixture metadata-feed-title)', () => {
  it('takes the site name from a feed titled "Site » Feed" when nothing else names the site', () => {
    const m = extractMetadata(loadFixture('metadata-feed-title'), 'https://www.stadtanzeiger-nord.de/radweg');
    expect(m.outlet.name).toBe('Stadtanzeiger Nord');
  });
});

describe('outlet-name (fixture metadata-outlet-company-cjk)', () => {
  it('lets the company behind a Japanese masthead ("…新聞社") give way to the masthead', () => {
    const m = extractMetadata(loadFixture('metadata-outlet-company-cjk'), 'https://www.toto-np.jp/a/1');
    expect(m.outlet.name).toBe('東都新聞');
  });

  it('knows Korean and Cyrillic legal forms too', () => {
    const pick = (company: string, masthead: string) =>
      chooseOutletName(
        [
          { source: 'json-ld publisher', name: company },
          { source: 'og:site_name', name: masthead },
        ],
        null,
      );
    expect(pick('㈜예시일보', '예시일보')).toBe('예시일보');
    expect(pick('АО «Пример»', 'Пример')).toBe('Пример');
  });
});

describe('outlet-name (fixture metadata-outlet-quoted)', () => {
  it('takes the quoted name out of "Newspaper «Name»"', () => {
    const m = extractMetadata(loadFixture('metadata-outlet-quoted'), 'https://www.primer.ru/doc/1');
    expect(m.outlet.name).toBe('Пример');
  });
});
