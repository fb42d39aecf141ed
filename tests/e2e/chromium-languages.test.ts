// The extension in another UI language: Chromium started in Russian (and German) shows the popup,
// the reader view and the options page in it, with Russian plural forms and dates.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Session, startSession, waitFor } from './support/session.ts';

describe.each([
  {
    lang: 'ru',
    readerMode: 'Режим чтения',
    experts: 'Цитируемые эксперты',
    byline: 'Авторы: Mara Lindqvist и Jonas Petraitis',
    reading: '2 мин чтения',
    month: 'января 2026',
    close: 'Закрыть режим чтения',
    options: 'Настройки Sourcelight',
  },
  {
    lang: 'de',
    readerMode: 'Lesemodus',
    experts: 'Zitierte Fachleute',
    byline: 'Von Mara Lindqvist und Jonas Petraitis',
    reading: '2 Min. Lesezeit',
    month: 'Januar 2026',
    close: 'Leseansicht schließen',
    options: 'Sourcelight-Einstellungen',
  },
])('Chromium in $lang', (want) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession({ args: [`--lang=${want.lang}`] });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('popup, reader view and options page speak the language', async () => {
    const { page, tabId } = await s.open('demo-article/');
    const popup = await s.browser.openPopup(tabId);
    await popup.getByTestId('title').waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(want.lang);
    expect(await popup.locator('#reader-label').textContent()).toBe(want.readerMode);
    expect(await popup.locator('#experts-heading').textContent()).toContain(want.experts);
    expect(await popup.getByTestId('byline').textContent()).toBe(want.byline);
    expect(await popup.getByTestId('reading-time').textContent()).toBe(want.reading);
    expect(await popup.getByTestId('published').textContent()).toContain(want.month);
    if (want.lang === 'ru') {
      const counts = await popup.getByTestId('expert-quotes-toggle').allTextContents();
      for (const c of counts) {
        const n = Number(c.match(/\d+/)?.[0]);
        const form =
          n % 10 === 1 && n % 100 !== 11
            ? 'цитата'
            : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100)
              ? 'цитаты'
              : 'цитат';
        expect(c).toBe(`${n} ${form}`);
      }
    }

    await popup.getByTestId('reader-toggle').click();
    await waitFor(() => s.readerOpen(page));
    expect(
      await s.inReader<string>(
        page,
        'function () { return this.querySelector(".sl-close").getAttribute("aria-label"); }',
      ),
    ).toBe(want.close);
    const options = await s.browser.context.newPage();
    await options.goto(`chrome-extension://${s.browser.extensionId}/options/options.html`);
    expect(await options.getByRole('heading', { level: 1 }).textContent()).toBe(want.options);
    await options.close();
    await popup.close();
    await page.close();
  });
});
