// Dates, relative times and plurals in the UI language (src/i18n.ts).
import { describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('./support/fake-browser.ts')).fakeBrowser,
}));

const { fakeBrowser } = await import('./support/fake-browser.ts');
const { formatDate, formatRelative, parseDate, plural } = await import('../../src/i18n.ts');

describe('dates', () => {
  test('a date-only value is a calendar day, not midnight UTC', () => {
    const p = parseDate('2026-01-14');
    expect(p?.dateOnly).toBe(true);
    expect(p?.date.getDate()).toBe(14);
    expect(formatDate('2026-01-14', 'en-GB')).toBe('14 January 2026');
  });

  test('unparseable dates give null, never "Invalid Date"', () => {
    expect(formatDate('yesterday', 'en')).toBeNull();
    expect(formatRelative('', new Date(), 'en')).toBeNull();
  });

  test('relative times in the largest whole unit', () => {
    const now = new Date('2026-01-17T12:00:00Z');
    expect(formatRelative('2026-01-14T10:00:00Z', now, 'en')).toBe('3 days ago');
    expect(formatRelative('2026-01-17T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelative('2025-11-01T09:00:00Z', now, 'en')).toBe('2 months ago');
    expect(formatRelative('2026-01-14T10:00:00Z', now, 'ru')).toBe('3 дня назад');
    expect(formatRelative('2026-01-14T10:00:00Z', now, 'de')).toBe('vor 3 Tagen');
  });
});

describe('plural', () => {
  test('English one/other, Russian one/few/many', () => {
    fakeBrowser.setLanguage('en');
    expect(plural('quoteCount', 1)).toBe('1 quote');
    expect(plural('quoteCount', 4)).toBe('4 quotes');
    fakeBrowser.setLanguage('ru');
    expect(plural('quoteCount', 1)).toBe('1 цитата');
    expect(plural('quoteCount', 3)).toBe('3 цитаты');
    expect(plural('quoteCount', 5)).toBe('5 цитат');
    expect(plural('quoteCount', 21)).toBe('21 цитата');
    fakeBrowser.setLanguage('en');
  });
});
