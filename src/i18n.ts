// Every user-facing string goes through browser.i18n (public/_locales/*/messages.json); dates,
// relative times and plurals are formatted with Intl in the browser's UI language.
import browser from 'webextension-polyfill';

export function t(key: string, ...subs: (string | number)[]): string {
  const s = browser.i18n.getMessage(key, subs.map(String));
  return s || key;
}

/**
 * The language of the messages shown (each translation names itself in its `locale` message), so
 * dates and plurals agree with the words around them. Chromium started with --lang shows Russian
 * messages but reports en-US from getUILanguage() and @@ui_locale.
 */
export function uiLanguage(): string {
  try {
    return browser.i18n.getMessage('locale') || browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/**
 * A counted phrase: browser.i18n has no plurals, so each count form is its own message,
 * `KEY_one`, `KEY_few`, `KEY_many`, `KEY_other` (CLDR categories of the UI language; Russian needs
 * three of them), falling back to `KEY_other`.
 */
export function plural(key: string, n: number): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(uiLanguage()).select(n);
  } catch {
    // An unknown locale tag: keep "other".
  }
  const s = browser.i18n.getMessage(`${key}_${category}`, [String(n)]);
  return s || t(`${key}_other`, n);
}

/** A date-only ISO string ("2026-01-14") names a calendar day, not midnight UTC. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDate(iso: string | null | undefined): { date: Date; dateOnly: boolean } | null {
  if (!iso) return null;
  const s = iso.trim();
  if (DATE_ONLY.test(s)) {
    const [y, m, d] = s.split('-').map(Number);
    const date = new Date(y, m - 1, d);
    return Number.isNaN(date.getTime()) ? null : { date, dateOnly: true };
  }
  const date = new Date(s);
  return Number.isNaN(date.getTime()) ? null : { date, dateOnly: false };
}

/** "14 January 2026, 07:30" in the UI language and the reader's own time zone. */
export function formatDate(iso: string | null | undefined, lang = uiLanguage()): string | null {
  const parsed = parseDate(iso);
  if (!parsed) return null;
  const options: Intl.DateTimeFormatOptions = parsed.dateOnly
    ? { dateStyle: 'long' }
    : { dateStyle: 'long', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(lang, options).format(parsed.date);
  } catch {
    return parsed.date
      .toISOString()
      .slice(0, parsed.dateOnly ? 10 : 16)
      .replace('T', ' ');
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "yesterday", "in 2 hours": the largest whole unit between `iso` and `now`. */
export function formatRelative(
  iso: string | null | undefined,
  now: Date = new Date(),
  lang = uiLanguage(),
): string | null {
  const parsed = parseDate(iso);
  if (!parsed) return null;
  let seconds = (parsed.date.getTime() - now.getTime()) / 1000;
  let rtf: Intl.RelativeTimeFormat;
  try {
    rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  } catch {
    rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  }
  if (parsed.dateOnly) {
    // A calendar day against today's calendar day, so "yesterday" does not depend on the hour.
    const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    seconds = (parsed.date.getTime() - today.getTime()) / 1000;
    if (Math.abs(seconds) < 24 * 3600) return rtf.format(0, 'day');
  }
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}
