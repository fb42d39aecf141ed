// The content-script side of reader mode in Firefox ESR: the reader view covers the page and leaves
// it exactly as it was (DOM, scroll position, form input, focus), Escape leaves it, settings apply
// live (theme, read off the screen), quotes are found and highlighted in the page and in the view,
// declutter with "show again" restores exactly, and the per-site choices act on the next visit.
// Firefox gives tests no way into a closed shadow root, so the view is checked by what it answers
// and by what it paints.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FixtureServer, serveFixtures } from '../../scripts/serve-fixtures.ts';
import type { PageState, ToContent } from '../../src/messages.ts';
import { type FirefoxExtensionBrowser, launchFirefox } from './support/firefox.ts';
import { pixelOfPng } from './support/png-pixel.ts';

let ff: FirefoxExtensionBrowser;
let server: FixtureServer;
let opened = 0;

beforeAll(async () => {
  server = await serveFixtures();
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** Sends a message to the content script of the tab showing `url`, from an extension page. */
type Ready = PageState & { status: 'ready' };

function send<T = Ready>(url: string, msg: ToContent): Promise<T> {
  return ff.inExtension<T>(`async () => {
    for (const tab of await browser.tabs.query({})) {
      try {
        const state = await browser.tabs.sendMessage(tab.id, { type: 'get-state' });
        if (state && state.url === ${JSON.stringify(url)}) return await browser.tabs.sendMessage(tab.id, ${JSON.stringify(msg)});
      } catch {}
    }
    throw new Error('no content script answers for ${url}');
  }`);
}

function setSettings(settings: unknown): Promise<void> {
  return ff.inExtension(
    settings === null
      ? 'async () => { await browser.storage.sync.clear(); }'
      : `async () => { await browser.storage.sync.set({ settings: ${JSON.stringify(settings)} }); }`,
  );
}

async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    let value: T | undefined;
    try {
      value = await fn();
      if (ok(value)) return value;
    } catch {
      // not ready yet
    }
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function open(path: string): Promise<{ page: Page; url: string }> {
  const page = await ff.browser.newPage();
  const url = `${server.url(path)}?tab=${++opened}`;
  await page.goto(url);
  await poll(
    () => send(url, { type: 'get-state' }),
    (s) => s.status === 'ready',
  );
  return { page, url };
}

const readerOpen = (page: Page) => page.evaluate(() => document.querySelector('sourcelight-reader') !== null);

async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, type: 'png' });
  return pixelOfPng(png);
}

describe('Firefox: reader mode', () => {
  test('covers the page, and switching off restores it exactly: DOM, scroll, form input, focus', async () => {
    await setSettings(null);
    const { page, url } = await open('demo-article/');
    await page.bringToFront();
    await page.type('#nl-email', 'reader@example.org');
    // Typing scrolled the field into view, perhaps smoothly: settle at 600 before the snapshot.
    await page.evaluate(() =>
      document.querySelector<HTMLInputElement>('#nl-email')!.focus({ preventScroll: true }),
    );
    await poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              window.scrollTo({ top: 600, behavior: 'instant' });
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(Math.round(window.scrollY))));
            }),
        ),
      (y) => y === 600,
    );
    const snapshot = () =>
      page.evaluate(() => ({
        html: document.documentElement.outerHTML,
        scrollY: Math.round(window.scrollY),
        value: document.querySelector<HTMLInputElement>('#nl-email')!.value,
        focused: document.activeElement?.id,
      }));
    const before = await snapshot();
    expect(before.scrollY).toBe(600);
    const on = await send(url, { type: 'set-reader', on: true });
    expect(on).toMatchObject({ status: 'ready', readerOn: true });
    expect(await readerOpen(page)).toBe(true);
    // The view is what one sees and clicks: the element at the centre is its host.
    expect(
      await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.tagName),
    ).toBe('SOURCELIGHT-READER');
    // The page under it does not scroll (a constructed sheet, adopted by the document).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
    await send(url, { type: 'set-reader', on: false });
    await poll(
      () => readerOpen(page),
      (v) => !v,
    );
    expect(await snapshot()).toEqual(before);
    await page.close();
  });

  test('Escape leaves reader mode', async () => {
    const { page, url } = await open('demo-article/');
    await page.bringToFront();
    await send(url, { type: 'set-reader', on: true });
    await page.keyboard.press('Escape');
    await poll(
      () => readerOpen(page),
      (v) => !v,
    );
    expect((await send(url, { type: 'get-state' })).readerOn).toBe(false);
    await page.close();
  });

  test('the theme applies live and follows the settings in storage.sync', async () => {
    await setSettings({ reader: { theme: 'light' } });
    const { page, url } = await open('demo-article/');
    await page.bringToFront();
    await send(url, { type: 'set-reader', on: true });
    // A point in the view's left margin, beside the article column.
    await poll(
      () => pixel(page, 20, 400),
      ([r, g, b]) => r > 245 && g > 245 && b > 245,
    );
    await setSettings({ reader: { theme: 'dark' } });
    expect(
      await poll(
        () => pixel(page, 20, 400),
        ([r, g, b]) => r < 40 && g < 40 && b < 50,
      ),
    ).toEqual([28, 27, 34]);
    await setSettings({ reader: { theme: 'sepia' } });
    expect(
      await poll(
        () => pixel(page, 20, 400),
        ([r]) => r > 200 && r < 250,
      ),
    ).toEqual([244, 236, 216]);
    await setSettings(null);
    await page.close();
  });

  test('a quote is found and highlighted in the page and in the reader view', async () => {
    const { page, url } = await open('demo-article/');
    await page.bringToFront();
    const anchor = {
      exact: 'At those spreads a battery pays back in six or seven years',
      prefix: '',
      suffix: '',
    };
    expect(await send(url, { type: 'highlight-quote', anchor })).toEqual({ found: true });
    const painted = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(
          'sourcelight-quote',
        );
        const range = h ? [...h][0] : null;
        return range ? range.toString() : null;
      });
    expect(await poll(painted, (t) => !!t)).toBe(anchor.exact);
    await poll(
      () => page.evaluate(() => window.scrollY),
      (y) => y > 0,
    );
    await send(url, { type: 'set-reader', on: true });
    const four = { exact: 'Four-hour batteries solve the evening peak.', prefix: '', suffix: '' };
    expect(await send(url, { type: 'highlight-quote', anchor: four })).toEqual({ found: true });
    expect(await poll(painted, (t) => t === four.exact)).toBe(four.exact);
    await page.close();
  });

  test('declutter hides the clutter, "show again" brings one back, switching off restores exactly', async () => {
    const { page, url } = await open('demo-article/');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    // Rendered at all, whichever block (the element or one around it) the engine hid.
    const shown = (sel: string) => page.evaluate((q) => document.querySelector(q)!.checkVisibility(), sel);
    await send(url, { type: 'set-declutter', on: true });
    expect(await shown('section.related')).toBe(false);
    expect(await shown('.body')).toBe(true);
    const blocks = await send<{ index: number; label: string; hidden: boolean }[]>(url, {
      type: 'list-removed',
    });
    const related = blocks.find((b) => b.label === 'More');
    expect(related?.hidden).toBe(true);
    await send(url, { type: 'show-removed', index: related!.index, shown: true });
    expect(await shown('section.related')).toBe(true);
    await send(url, { type: 'set-declutter', on: false });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  test('per-site choices act on the next visit: always reader mode, always declutter', async () => {
    const host = new URL(server.origin).hostname;
    await setSettings({ sites: { [host]: { alwaysReader: true, autoDeclutter: false } } });
    const first = await open('demo-article/');
    expect(
      (
        await poll(
          () => send(first.url, { type: 'get-state' }),
          (s) => s.readerOn,
        )
      ).readerOn,
    ).toBe(true);
    expect(await readerOpen(first.page)).toBe(true);
    await first.page.close();

    await setSettings({ sites: { [host]: { alwaysReader: false, autoDeclutter: true } } });
    const second = await open('demo-article/');
    const state = await poll(
      () => send(second.url, { type: 'get-state' }),
      (s) => s.declutterOn,
    );
    expect(state.readerOn).toBe(false);
    expect(
      await second.page.evaluate(() => document.querySelector('section.related')!.checkVisibility()),
    ).toBe(false);
    await setSettings(null);
    await second.page.close();
  });

  test('the keyboard shortcut is assigned in Firefox too', async () => {
    const commands = await ff.inExtension<{ name: string; shortcut: string }[]>(
      '() => browser.commands.getAll()',
    );
    expect(commands.find((c) => c.name === 'toggle-reader')?.shortcut).toBe('Alt+Shift+L');
  });
});
