// The built extension loaded into Debian's Chromium with playwright-core: a persistent context
// (extensions need one), headless, with helpers to reach the service worker, a page's tab id, its
// badge, and the popup opened for that tab.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { assertBuilt, browserPath, DIST } from './browsers.ts';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  tabIdOf(page: Page): Promise<number>;
  badgeOf(tabId: number): Promise<string>;
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(
  options: { colorScheme?: 'light' | 'dark' /** Extra switches, e.g. `--lang=ru`. */; args?: string[] } = {},
): Promise<ExtensionBrowser> {
  assertBuilt();
  const executablePath = browserPath('chromium');
  const userDataDir = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      // Recent Chromium gates --load-extension behind this feature switch.
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    for (let i = 0; i < 50; i++) {
      // Without the "tabs" permission tab URLs are hidden from the extension, so ask each tab's
      // content script which page it is on (this also proves the content script runs there).
      const id = await worker.evaluate(async (u) => {
        for (const tab of await chrome.tabs.query({})) {
          try {
            const state = await chrome.tabs.sendMessage(tab.id, { type: 'get-state' });
            if (state?.url === u) return tab.id as number;
          } catch {
            // no content script in that tab (yet)
          }
        }
        return null;
      }, url);
      if (id !== null) return id;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab found for ${url}`);
  };

  return {
    context,
    extensionId,
    worker,
    tabIdOf,
    badgeOf: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
