// Settings read from storage.sync are checked (src/settings.ts): synced data may come from another
// version of the extension or be damaged.
import { expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('./support/fake-browser.ts')).fakeBrowser,
}));

const { DEFAULT_SETTINGS, mergeSettings, LIMITS, sitePrefs } = await import('../../src/settings.ts');

test('missing or malformed settings fall back to the defaults', () => {
  expect(mergeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  expect(mergeSettings('junk')).toEqual(DEFAULT_SETTINGS);
  expect(mergeSettings({ reader: { font: 'comic', theme: 42, size: 'big' }, badge: 'yes' })).toEqual(
    DEFAULT_SETTINGS,
  );
});

test('numbers are clamped to the controls’ range', () => {
  const s = mergeSettings({ reader: { size: 400, lineHeight: 0.5, width: 1e9 } });
  expect(s.reader.size).toBe(LIMITS.size.max);
  expect(s.reader.lineHeight).toBe(LIMITS.lineHeight.min);
  expect(s.reader.width).toBe(LIMITS.width.max);
});

test('site rules keep only real choices', () => {
  const s = mergeSettings({
    sites: {
      'a.example': { alwaysReader: true },
      'b.example': { alwaysReader: false, autoDeclutter: false },
      'c.example': null,
    },
  });
  expect(s.sites).toEqual({ 'a.example': { alwaysReader: true, autoDeclutter: false } });
});

test('hosts named like Object.prototype keys are hosts like any other', () => {
  const s = mergeSettings(JSON.parse('{"sites":{"__proto__":{"autoDeclutter":true}}}'));
  expect(Object.keys(s.sites)).toEqual(['__proto__']);
  expect(sitePrefs(s, '__proto__')).toEqual({ alwaysReader: false, autoDeclutter: true });
  expect(sitePrefs(s, 'constructor')).toEqual({ alwaysReader: false, autoDeclutter: false });
});
