// One Chromium with the extension and the fixture server, and the steps most tests share: open a
// fixture page and find its tab, talk to its content script, drive the background's events.
import type { Page } from 'playwright-core';
import { type FixtureServer, serveFixtures } from '../../../scripts/serve-fixtures.ts';
import type { PageState, ToContent } from '../../../src/messages.ts';
import type { Settings } from '../../../src/settings.ts';
import { type ExtensionBrowser, launchChromium } from './chromium.ts';
import { ClosedShadow } from './closed-shadow.ts';

export interface Session {
  browser: ExtensionBrowser;
  server: FixtureServer;
  open(path: string): Promise<{ page: Page; tabId: number }>;
  send<T = PageState>(tabId: number, msg: ToContent): Promise<T>;
  state(tabId: number): Promise<PageState & { status: 'ready' }>;
  /** Fires the keyboard command as the browser does when its shortcut is pressed. */
  command(tabId: number): Promise<void>;
  /** Fires the page context menu's item as the browser does when it is clicked. */
  menu(tabId: number): Promise<void>;
  settings(): Promise<Settings | undefined>;
  setSettings(settings: unknown): Promise<void>;
  readerOpen(page: Page): Promise<boolean>;
  /** Runs `fn` (a function source) with `this` bound to the reader's closed shadow root. */
  inReader<T>(page: Page, fn: string, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}

export async function startSession(options: Parameters<typeof launchChromium>[0] = {}): Promise<Session> {
  const server = await serveFixtures();
  const browser = await launchChromium(options);
  const { worker } = browser;
  let opened = 0;
  const send = <T>(tabId: number, msg: ToContent) =>
    worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, msg] as const) as Promise<T>;
  return {
    browser,
    server,
    async open(path) {
      const page = await browser.context.newPage();
      // Tabs are found by URL: a query string keeps two tabs of one fixture apart.
      await page.goto(`${server.url(path)}?tab=${++opened}`);
      return { page, tabId: await browser.tabIdOf(page) };
    },
    send,
    state: (tabId) => send(tabId, { type: 'get-state' }),
    async command(tabId) {
      await worker.evaluate(async (id) => {
        chrome.commands.onCommand.dispatch('toggle-reader', await chrome.tabs.get(id));
      }, tabId);
    },
    async menu(tabId) {
      await worker.evaluate(async (id) => {
        const tab = await chrome.tabs.get(id);
        chrome.contextMenus.onClicked.dispatch(
          { menuItemId: 'sourcelight-toggle-reader', editable: false, pageUrl: tab.url },
          tab,
        );
      }, tabId);
    },
    settings: () => worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings),
    setSettings: (settings) =>
      worker.evaluate(
        (v) => (v === null ? chrome.storage.sync.clear() : chrome.storage.sync.set({ settings: v })),
        settings ?? null,
      ),
    readerOpen: (page) => page.evaluate(() => document.querySelector('sourcelight-reader') !== null),
    async inReader<T>(page: Page, fn: string, ...args: unknown[]) {
      const shadow = await ClosedShadow.of(page);
      if (!shadow) throw new Error('reader view is not open');
      try {
        return await shadow.run<T>(fn, ...args);
      } finally {
        await shadow.detach();
      }
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Polls `fn` until it returns true (for hooks, where expect.poll is not allowed). */
export async function waitFor(fn: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A CSS property of the first element matching `selector` in the reader view. */
export function readerStyle(
  session: Session,
  page: Page,
  selector: string,
  property: string,
): Promise<string> {
  return session.inReader<string>(
    page,
    'function (s, p) { const el = this.querySelector(s); return el ? getComputedStyle(el).getPropertyValue(p) : "(none)"; }',
    selector,
    property,
  );
}
