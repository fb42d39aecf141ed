// The built extension installed into Debian's Firefox ESR with puppeteer-core over WebDriver BiDi
// (browser.installExtension). The extension's moz-extension:// UUID is random per profile; the
// `extensions.webextensions.uuids` pref pins it so the tests can open the extension's pages.
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertBuilt, browserPath, DIST } from './browsers.ts';

export const GECKO_ID = 'sourcelight@sourcelight.dev';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  baseUrl: string;
  /** Runs `fn` in an extension page (where `browser.*` exists) and returns its result. */
  inExtension<T>(fn: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxExtensionBrowser> {
  assertBuilt();
  const executablePath = browserPath('firefox');
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages unless system access is allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Grant the content script's host permissions without the install prompt.
      'extensions.originControls.grantByDefault': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(DIST);
  const baseUrl = `moz-extension://${uuid}`;
  let extPage: Page | null = null;
  return {
    browser,
    baseUrl,
    async inExtension<T>(fn: string) {
      if (!extPage) {
        extPage = await browser.newPage();
        // The page loads in the extension process; puppeteer never sees that navigation finish.
        await extPage.goto(`${baseUrl}/options/options.html`, { timeout: 5_000 }).catch(() => undefined);
      }
      return (await extPage.evaluate(`(${fn})()`)) as T;
    },
    close: () => browser.close(),
  };
}
