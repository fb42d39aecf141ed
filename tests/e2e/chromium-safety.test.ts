// Safety in real Chromium: a page packed with XSS payloads shown in reader mode runs none of them
// and none reaches the popup; the extension itself makes no network request while it is used.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FixtureServer, serveFixtures } from '../../scripts/serve-fixtures.ts';
import { type ExtensionBrowser, launchChromium } from './support/chromium.ts';
import { ClosedShadow } from './support/closed-shadow.ts';

// Lets the network events of the extension's service worker reach context.on('request') too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

let browser: ExtensionBrowser;
let server: FixtureServer;
const requests: string[] = [];

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchChromium();
  browser.context.on('request', (r: Request) => requests.push(r.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const send = (tabId: number, msg: unknown) =>
  browser.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, msg] as const);

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  return { page, tabId: await browser.tabIdOf(page) };
}

describe('Chromium: hostile article HTML', () => {
  test('no XSS payload runs in reader mode, and the reader view holds nothing executable', async () => {
    const { page, tabId } = await open('xss-article/');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    const url = page.url();
    await send(tabId, { type: 'set-reader', on: true });
    const shadow = await ClosedShadow.of(page);
    expect(shadow).not.toBeNull();
    // The article is there …
    expect(await shadow!.text('.sl-content')).toContain('approved the harbour budget');
    // … and nothing that could run or navigate.
    const found = await shadow!.run<string[]>(`function () {
      const bad = [];
      const content = this.querySelector('.sl-content');
      for (const el of content.querySelectorAll('script, iframe, frame, object, embed, form, input, button, base, meta, link, style, svg, math, template, noscript')) bad.push('<' + el.tagName.toLowerCase() + '>');
      for (const el of content.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (a.name.startsWith('on') || a.name === 'srcdoc' || a.name === 'style' || a.name === 'formaction') bad.push(el.tagName + ' ' + a.name);
          if (/^(href|src|srcset|poster|action|background)$/.test(a.name) && /^\\s*(javascript|vbscript|data):/i.test(a.value) && el.tagName !== 'IMG') bad.push(el.tagName + ' ' + a.name + '=' + a.value.slice(0, 30));
        }
      }
      return bad;
    }`);
    expect(found).toEqual([]);
    // Hover and click every link and image of the view, then let error and load events fire.
    const points = await shadow!.run<{ x: number; y: number }[]>(`function () {
      return [...this.querySelectorAll('.sl-content a, .sl-content img')].map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }).filter((p) => p.x > 0 && p.y > 0 && p.y < innerHeight);
    }`);
    for (const p of points) await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(1000);
    const hits = await page.evaluate(() => (window as unknown as { __hits: string[] }).__hits);
    expect(hits.filter((h) => h.includes('reader'))).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(page.url()).toBe(url);
    await shadow!.detach();
    await send(tabId, { type: 'set-reader', on: false });
    await page.close();
  });

  test('payloads in the title, byline and site name reach the popup only as text', async () => {
    const { page, tabId } = await open('xss-article/');
    const popup = await browser.openPopup(tabId);
    const problems: string[] = [];
    popup.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    popup.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`csp: ${m.text()}`);
    });
    await popup.getByTestId('title').waitFor();
    await popup.waitForTimeout(500);
    expect(await popup.getByTestId('title').textContent()).toContain('approves the harbour budget');
    const injected = await popup.evaluate(() => {
      const bad: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes) if (a.name.startsWith('on')) bad.push(`${el.tagName} ${a.name}`);
      }
      for (const s of document.querySelectorAll('script:not([src])'))
        bad.push(`inline script ${s.textContent?.slice(0, 30)}`);
      return bad;
    });
    expect(injected).toEqual([]);
    expect(problems).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('Chromium: a page cannot drive the extension', () => {
  test('messages a page posts or dispatches, and runtime messaging from the page, do nothing', async () => {
    const { page, tabId } = await open('demo-article/');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const attempts = await page.evaluate(async () => {
      const msgs = [
        { type: 'set-reader', on: true },
        { type: 'set-declutter', on: true },
        { type: 'highlight-quote', anchor: { exact: 'batteries', prefix: '', suffix: '' } },
      ];
      for (const m of msgs) {
        window.postMessage(m, '*');
        window.postMessage(JSON.stringify(m), '*');
        document.dispatchEvent(new CustomEvent('sourcelight', { detail: m }));
        window.dispatchEvent(new MessageEvent('message', { data: m, origin: location.origin }));
      }
      // Pages have no runtime messaging to the extension (no externally_connectable).
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return typeof runtime?.sendMessage;
    });
    expect(attempts).toBe('undefined');
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    const state = await send(tabId, { type: 'get-state' });
    expect(state).toMatchObject({ readerOn: false, declutterOn: false });
    await page.close();
  });
});

describe('Chromium: no network of its own', () => {
  test('using popup, reader mode, declutter and the options page requests nothing beyond the page and the extension', async () => {
    requests.length = 0;
    const { page, tabId } = await open('demo-article/');
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('title').waitFor();
    await send(tabId, { type: 'set-reader', on: true });
    await page.waitForTimeout(500);
    await send(tabId, { type: 'set-reader', on: false });
    await send(tabId, { type: 'set-declutter', on: true });
    await send(tabId, { type: 'set-declutter', on: false });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options/options.html`);
    await options.waitForTimeout(500);
    const foreign = requests.filter(
      (u) => !u.startsWith(server.origin) && !u.startsWith(`chrome-extension://${browser.extensionId}/`),
    );
    expect(foreign).toEqual([]);
    // The fixture page's own requests were seen, so the recording works.
    expect(requests.some((u) => u.startsWith(server.origin))).toBe(true);
    await options.close();
    await popup.close();
    await page.close();
  });
});
