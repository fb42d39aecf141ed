// The options page in real Chromium: typography and theme saved and shown again, the badge switch
// acting on open tabs, the keyboard shortcut, per-site rules listed, changed and removed, a reset
// behind a confirmation, and axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { runAxe, seriousOf } from './support/axe.ts';
import { type Session, startSession } from './support/session.ts';

let s: Session;
let options: Page;

// src/settings.ts's defaults (that module needs the extension APIs, so they are written out here).
const DEFAULT_SETTINGS = {
  reader: { font: 'serif', size: 19, lineHeight: 1.6, width: 68, theme: 'system' },
  badge: true,
  sites: {},
};

async function openOptions(): Promise<Page> {
  const page = await s.browser.context.newPage();
  await page.goto(`chrome-extension://${s.browser.extensionId}/options/options.html`);
  await page.getByRole('heading', { name: 'Sourcelight settings' }).waitFor();
  return page;
}

beforeAll(async () => {
  s = await startSession();
});

afterAll(async () => {
  await s?.close();
});

beforeEach(async () => {
  await s.setSettings(null);
  await options?.close();
  options = await openOptions();
});

describe('options page', () => {
  test('typography and theme are saved, previewed, and shown again on the next visit', async () => {
    await options.getByRole('radio', { name: 'Readable' }).check();
    const size = options.getByLabel('Text size');
    await size.focus();
    for (let i = 0; i < 4; i++) await options.keyboard.press('ArrowRight');
    await options.getByLabel('Line spacing').focus();
    await options.keyboard.press('ArrowLeft');
    await options.getByLabel('Content width').focus();
    await options.keyboard.press('ArrowRight');
    await options.getByRole('radio', { name: 'Dark' }).check();
    const preview = options.getByTestId('preview');
    expect(await preview.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(28, 27, 34)');
    expect(await preview.evaluate((e) => getComputedStyle(e).fontSize)).toBe('23px');
    await expect
      .poll(async () => (await s.settings())?.reader)
      .toEqual({ font: 'readable', size: 23, lineHeight: 1.5, width: 72, theme: 'dark' });

    await options.reload();
    expect(await options.getByRole('radio', { name: 'Readable' }).isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await options.getByLabel('Text size').inputValue()).toBe('23');
  });

  test('the badge switch turns the badge off and on for open article tabs', async () => {
    const { page, tabId } = await s.open('demo-article/');
    await expect.poll(() => s.browser.badgeOf(tabId)).toBe('•');
    const badge = options.getByTestId('badge-setting');
    expect(await badge.isChecked()).toBe(true);
    await badge.uncheck();
    await expect.poll(() => s.browser.badgeOf(tabId)).toBe('');
    await badge.check();
    await expect.poll(() => s.browser.badgeOf(tabId)).toBe('•');
    await page.close();
  });

  test('shows the keyboard shortcut', async () => {
    expect(await options.getByTestId('shortcut').textContent()).toBe(
      'Reader mode switches on and off with Alt+Shift+L',
    );
  });

  test('per-site rules: listed, changed and removed', async () => {
    await s.setSettings({
      ...DEFAULT_SETTINGS,
      sites: {
        'news.example': { alwaysReader: true, autoDeclutter: false },
        'daily.example': { alwaysReader: false, autoDeclutter: true },
      },
    });
    const rows = options.getByTestId('site-rule');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-host')))).toEqual([
      'daily.example',
      'news.example',
    ]);
    await options.getByRole('checkbox', { name: 'Always remove clutter on news.example' }).check();
    await expect
      .poll(async () => (await s.settings())?.sites['news.example'])
      .toEqual({ alwaysReader: true, autoDeclutter: true });
    await options.getByRole('button', { name: 'Remove the rule for daily.example' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(Object.keys((await s.settings())?.sites ?? {})).toEqual(['news.example']);
    await options.getByRole('button', { name: 'Remove the rule for news.example' }).click();
    await options.getByTestId('no-sites').waitFor();
  });

  test('reset asks first, then restores every default and removes the site rules', async () => {
    await s.setSettings({
      reader: { font: 'mono', size: 25, lineHeight: 2, width: 90, theme: 'sepia' },
      badge: false,
      sites: { 'news.example': { alwaysReader: true, autoDeclutter: false } },
    });
    await options.getByTestId('site-rule').waitFor();
    await options.getByTestId('reset').click();
    await options.getByRole('button', { name: 'Cancel' }).click();
    expect((await s.settings())?.badge).toBe(false);
    await options.getByTestId('reset').click();
    await options.getByTestId('reset-confirm').click();
    await expect.poll(() => s.settings()).toEqual(DEFAULT_SETTINGS);
    await options.getByTestId('no-sites').waitFor();
    expect(await options.getByRole('radio', { name: 'Serif' }).isChecked()).toBe(true);
    expect(await options.getByTestId('badge-setting').isChecked()).toBe(true);
  });

  test('keyboard: every control is reachable with a visible focus ring', async () => {
    await s.setSettings({
      ...DEFAULT_SETTINGS,
      sites: { 'news.example': { alwaysReader: true, autoDeclutter: false } },
    });
    await options.getByTestId('site-rule').waitFor();
    const reached = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await options.keyboard.press('Tab');
      const focus = await options.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        // Radios are drawn by the label's span, which carries the ring.
        const ringOn = el.matches('.tc-choice input') ? (el.nextElementSibling as HTMLElement) : el;
        const ring = getComputedStyle(ringOn);
        return {
          id: el.dataset.testid ?? el.getAttribute('aria-label') ?? el.id ?? el.tagName,
          body: el === document.body,
          ring:
            ring.outlineStyle !== 'none' &&
            Number.parseFloat(ring.outlineWidth) >= 2 &&
            style.visibility !== 'hidden',
        };
      });
      if (focus.body) break;
      expect(focus.ring, focus.id).toBe(true);
      reached.add(focus.id);
    }
    for (const id of ['opt-size', 'opt-line', 'opt-width', 'badge-setting', 'remove-site', 'reset'])
      expect([...reached], id).toContain(id);
  });

  test('axe: no serious or critical violation, in light and dark', async () => {
    await s.setSettings({
      ...DEFAULT_SETTINGS,
      sites: { 'news.example': { alwaysReader: true, autoDeclutter: false } },
    });
    await options.getByTestId('site-rule').waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      const report = await runAxe(options);
      expect(report.contrastChecked, colorScheme).toBeGreaterThan(20);
      expect(seriousOf(report), colorScheme).toEqual([]);
    }
  });
});
