// Pages that fight back, in real Chromium: single-page-app navigation is re-detected; shadow DOM,
// frames, infinite scroll, document.write, SVG and plain-text documents never break the content
// script or the page; and on real corpus pages reader mode and declutter restore the page exactly.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractionPages, fundusPages, sharedAvailable } from '../../bench/corpora.ts';
import { type CorpusServer, serveCorpus } from '../../bench/serve-corpus.ts';
import { type FixtureServer, serveFixtures } from '../../scripts/serve-fixtures.ts';
import { type ExtensionBrowser, launchChromium } from './support/chromium.ts';

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

const send = <T>(tabId: number, msg: unknown) =>
  browser.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, msg] as const) as Promise<T>;

/** The page as the user has it: DOM, scroll position and the values typed into its fields. */
const snapshot = (page: Page) =>
  page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scroll: [Math.round(scrollX), Math.round(scrollY)],
    values: [...document.querySelectorAll('input, textarea, select')].map(
      (el) => (el as HTMLInputElement).value,
    ),
    focus: document.activeElement?.tagName ?? null,
  }));

async function waitForPopupAnswer(tabId: number): Promise<string> {
  const popup = await browser.openPopup(tabId);
  await popup.waitForFunction(
    () =>
      !!document.querySelector('[data-testid="title"]') ||
      !!document.querySelector('[data-testid="popup-state"]:not(.loading)'),
    undefined,
    { timeout: 15_000 },
  );
  const text = (await popup.locator('main, body').first().textContent()) ?? '';
  await popup.close();
  return text;
}

describe('Chromium: single-page apps', () => {
  test('a pushState navigation to an article is re-detected: badge and popup follow', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('spa/'));
    const tabId = await browser.tabIdOf(page);
    expect(await browser.badgeOf(tabId)).toBe('');
    await page.click('a.story');
    await expect.poll(() => browser.badgeOf(tabId), { timeout: 10_000 }).toBe('•');
    const state = await send<{ url: string; isArticle: boolean }>(tabId, { type: 'get-state' });
    expect(state.url).toBe(server.url('spa/story-1'));
    expect(state.isArticle).toBe(true);
    expect(await waitForPopupAnswer(tabId)).toContain('Ferry timetable changes for the winter');
    await page.close();
  });
});

describe('Chromium: pages that fight back', () => {
  const cases = [
    'shadow-dom-article/',
    'iframe-article/',
    'infinite-scroll/',
    'document-write/',
    'demo-article/images/storage-park.svg',
    'plain.txt',
  ];
  for (const path of cases) {
    test(`${path}: the content script answers, the page never breaks, reader mode restores it`, async () => {
      const page = await browser.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(server.url(path));
      if (path.startsWith('infinite-scroll')) {
        await page.mouse.wheel(0, 4000);
        await page.waitForTimeout(300);
      }
      const tabId = await browser.tabIdOf(page);
      expect((await waitForPopupAnswer(tabId)).trim().length).toBeGreaterThan(0);
      const before = await snapshot(page);
      const on = await send<{ status: string }>(tabId, { type: 'set-reader', on: true }).catch(
        (e: Error) => ({ status: `refused: ${e.message}` }),
      );
      expect(on.status).toMatch(/^(ready|error|refused: .+)$/);
      await send(tabId, { type: 'set-reader', on: false }).catch(() => undefined);
      await send(tabId, { type: 'set-declutter', on: true }).catch(() => undefined);
      await send(tabId, { type: 'set-declutter', on: false }).catch(() => undefined);
      expect(await snapshot(page)).toEqual(before);
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  }
});

describe.skipIf(!sharedAvailable())('Chromium: exact restore on real pages', () => {
  let corpus: CorpusServer;
  // A spread of real pages: every 30th of the extraction benchmark and of fundus.
  const sample = [
    ...extractionPages().filter((_, i) => i % 30 === 0),
    ...fundusPages().filter((_, i) => i % 30 === 0),
  ].filter((p) => existsSync(p.path));
  beforeAll(async () => {
    corpus = await serveCorpus(sample.map((p) => p.path));
  });
  afterAll(async () => {
    await corpus?.close();
  });

  test(`reader mode and declutter on then off leave ${sample.length} real pages exactly as they were`, async () => {
    const failures: string[] = [];
    for (let i = 0; i < sample.length; i++) {
      const page = await browser.context.newPage();
      await page.goto(corpus.url(i), { waitUntil: 'domcontentloaded' });
      const tabId = await browser.tabIdOf(page);
      await page.evaluate(() => scrollTo(0, 1200));
      const field = page
        .locator('input[type="text"], input[type="search"], input:not([type]), textarea')
        .first();
      if ((await field.count()) && (await field.isVisible().catch(() => false)))
        await field.fill('typed by the reader').catch(() => undefined);
      const before = await snapshot(page);
      await send(tabId, { type: 'set-reader', on: true });
      await send(tabId, { type: 'set-reader', on: false });
      const afterReader = await snapshot(page);
      await send(tabId, { type: 'set-declutter', on: true });
      await send(tabId, { type: 'set-declutter', on: false });
      const afterDeclutter = await snapshot(page);
      for (const [what, after] of [
        ['reader', afterReader],
        ['declutter', afterDeclutter],
      ] as const) {
        if (after.html !== before.html) failures.push(`${sample[i].path}: ${what} changed the DOM`);
        if (JSON.stringify(after.scroll) !== JSON.stringify(before.scroll))
          failures.push(`${sample[i].path}: ${what} moved scroll ${before.scroll} -> ${after.scroll}`);
        if (JSON.stringify(after.values) !== JSON.stringify(before.values))
          failures.push(`${sample[i].path}: ${what} lost form input`);
      }
      await page.close();
    }
    expect(failures).toEqual([]);
    expect(sample.length).toBeGreaterThanOrEqual(10);
  }, 600_000);
});
