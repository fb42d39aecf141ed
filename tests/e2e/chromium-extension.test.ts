// The built extension in real Chromium: badge on articles only, the popup for a tab, and reader
// mode that restores the page exactly.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FixtureServer, serveFixtures } from '../../scripts/serve-fixtures.ts';
import { type ExtensionBrowser, launchChromium } from './support/chromium.ts';
import { ClosedShadow } from './support/closed-shadow.ts';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  return { page, tabId: await browser.tabIdOf(page) };
}

async function settledBadge(tabId: number, expected: string): Promise<string> {
  let badge = '';
  for (let i = 0; i < 50; i++) {
    badge = await browser.badgeOf(tabId);
    if (badge === expected) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return badge;
}

describe('Chromium: detection badge', () => {
  test('an article page gets the badge', async () => {
    const { page, tabId } = await open('demo-article/');
    expect(await settledBadge(tabId, '•')).toBe('•');
    await page.close();
  });

  test('a front page gets no badge', async () => {
    const { page, tabId } = await open('front-page/');
    // Wait until the content script has reported (the popup's answer proves it ran), then look.
    const popup = await browser.openPopup(tabId);
    await popup.getByText('does not look like a single article').waitFor();
    expect(await browser.badgeOf(tabId)).toBe('');
    await popup.close();
    await page.close();
  });
});

describe('Chromium: popup', () => {
  test('shows title, outlet and byline of the tab it was opened for', async () => {
    const { page, tabId } = await open('demo-article/');
    const popup = await browser.openPopup(tabId);
    await expect
      .poll(() => popup.getByTestId('title').textContent())
      .toBe('Grid batteries carry the Baltic winter peak for the first time');
    expect(await popup.getByTestId('outlet').textContent()).toBe('The Northern Ledger');
    const byline = await popup.getByTestId('byline').textContent();
    expect(byline).toContain('Mara Lindqvist');
    expect(byline).toContain('Jonas Petraitis');
    await popup.close();
    await page.close();
  });
});

describe('Chromium: reader mode', () => {
  test('switches on over the page and off again, leaving the DOM as it was', async () => {
    const { page, tabId } = await open('demo-article/');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await browser.openPopup(tabId);
    const toggle = popup.getByTestId('reader-toggle');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

    const shadow = await ClosedShadow.of(page);
    expect(shadow).not.toBeNull();
    expect(await shadow!.text('.sl-title')).toBe(
      'Grid batteries carry the Baltic winter peak for the first time',
    );
    const body = (await shadow!.text('.sl-content')) ?? '';
    expect(body).toContain('the largest single source of flexible power');
    expect(body).not.toContain('Trending Stories');
    await shadow!.detach();

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await ClosedShadow.of(page)).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close();
    await page.close();
  });
});
