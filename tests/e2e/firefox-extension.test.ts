// Firefox: the same dist/ passes `web-ext lint` and, installed into Firefox ESR, its content script
// runs and detects an article.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FixtureServer, serveFixtures } from '../../scripts/serve-fixtures.ts';
import { DIST } from './support/browsers.ts';
import { type FirefoxExtensionBrowser, launchFirefox } from './support/firefox.ts';

describe('Firefox', () => {
  test('web-ext lint reports no errors on dist/', () => {
    const bin = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');
    let out: string;
    try {
      out = execFileSync(bin, ['lint', '--source-dir', DIST, '--output', 'json', '--no-input'], {
        encoding: 'utf8',
      });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors.map((x: { code: string; message: string }) => `${x.code}: ${x.message}`)).toEqual(
      [],
    );
  });

  describe('installed in Firefox ESR', () => {
    let ff: FirefoxExtensionBrowser;
    let server: FixtureServer;
    beforeAll(async () => {
      server = await serveFixtures();
      ff = await launchFirefox();
    });
    afterAll(async () => {
      await ff?.close();
      await server?.close();
    });

    test('the content script runs and tells an article from a front page', async () => {
      const article = await ff.browser.newPage();
      await article.goto(server.url('demo-article/'));
      const front = await ff.browser.newPage();
      await front.goto(server.url('front-page/'));
      const states = async () =>
        ff.inExtension<{ url: string; isArticle: boolean }[]>(`async () => {
          const out = [];
          for (const tab of await browser.tabs.query({})) {
            try { out.push(await browser.tabs.sendMessage(tab.id, { type: 'get-state' })); } catch {}
          }
          return out;
        }`);
      await expect.poll(async () => (await states()).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      const byUrl = Object.fromEntries((await states()).map((s) => [s.url, s.isArticle]));
      expect(byUrl[server.url('demo-article/')]).toBe(true);
      expect(byUrl[server.url('front-page/')]).toBe(false);
    });
  });
});
