// The README's screenshots, taken in real Chromium: the popup on the demo article, and the reader
// view in the light and dark themes. `npm run screenshots` writes them to docs/screenshots/; a plain
// test run writes them under .cache/ so that the committed images only change on purpose.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, serveFixtures } from '../../scripts/serve-fixtures.ts';
import { type ExtensionBrowser, launchChromium } from './support/chromium.ts';
import { ClosedShadow } from './support/closed-shadow.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = process.env.SOURCELIGHT_SCREENSHOTS
  ? resolve(ROOT, 'docs/screenshots')
  : resolve(ROOT, '.cache/screenshots');

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  // A fixed port keeps the address in the citation the same from one run to the next.
  server = await serveFixtures(undefined, 8932).catch(() => serveFixtures());
  browser = await launchChromium({ colorScheme: 'light' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo() {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url('demo-article/'));
  return { page, tabId: await browser.tabIdOf(page) };
}

test('popup on the demo article', async () => {
  const { page, tabId } = await openDemo();
  const popup = await browser.openPopup(tabId);
  await popup.getByTestId('title').waitFor();
  const ieva = popup.getByTestId('expert').filter({ hasText: 'Ieva Markevičiūtė' });
  await ieva.getByTestId('expert-quotes-toggle').click();
  const file = resolve(OUT, 'popup.png');
  await popup.locator('body').screenshot({ path: file, animations: 'disabled' });
  expect(await popup.getByTestId('expert-name').count()).toBeGreaterThan(0);
  await popup.close();
  await page.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`reader view, ${theme}`, async () => {
    await browser.worker.evaluate(
      (t) => chrome.storage.sync.set({ settings: { reader: { theme: t } } }),
      theme,
    );
    const { page, tabId } = await openDemo();
    await browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'set-reader', on: true }),
      tabId,
    );
    await expect
      .poll(() => page.evaluate(() => document.querySelector('sourcelight-reader') !== null))
      .toBe(true);
    // Let the figure's image load before the picture is taken.
    await page.waitForLoadState('networkidle');
    if (theme === 'dark') {
      // The dark one shows the text settings too.
      const shadow = await ClosedShadow.of(page);
      await shadow!.run('function () { this.querySelector(".sl-aa").click(); }');
      await shadow!.detach();
    }
    await page.screenshot({ path: resolve(OUT, `reader-${theme}.png`), animations: 'disabled' });
    await page.close();
  });
}
