// Reader mode in real Chromium: the three ways to switch it, the toolbar icon and title, what the
// view shows (rich-article fixture: lazy images in every common form, captions and credits, a table,
// lists, a block quote, footnotes), typography and themes that persist and apply live, print, Escape,
// exact restoration of the page, and the per-site "always reader mode" choice.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAxeOnReader, seriousOf } from './support/axe.ts';
import { type ContrastIssue, READER_CONTRAST } from './support/contrast.ts';
import { readerStyle, type Session, startSession, waitFor } from './support/session.ts';

let s: Session;

beforeAll(async () => {
  s = await startSession();
  // Record the toolbar icons the background sets: the API can set an icon but not read it back.
  await s.browser.worker.evaluate(() => {
    const g = globalThis as unknown as { iconLog: { tabId: number; path: string }[] };
    g.iconLog = [];
    const setIcon = chrome.action.setIcon.bind(chrome.action);
    chrome.action.setIcon = (details: { tabId: number; path: Record<string, string> }) => {
      g.iconLog.push({ tabId: details.tabId, path: details.path[16] });
      return setIcon(details);
    };
  });
});

afterAll(async () => {
  await s?.close();
});

async function lastIcon(tabId: number): Promise<string | undefined> {
  return s.browser.worker.evaluate(
    (id) =>
      (globalThis as unknown as { iconLog: { tabId: number; path: string }[] }).iconLog
        .filter((e) => e.tabId === id)
        .at(-1)?.path,
    tabId,
  );
}

const title = (tabId: number) =>
  s.browser.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

async function openReader(page: Page, tabId: number): Promise<void> {
  await s.send(tabId, { type: 'set-reader', on: true });
  await waitFor(() => s.readerOpen(page));
}

describe('switching reader mode', () => {
  test('the keyboard command has its suggested shortcut and toggles reader mode', async () => {
    const commands = await s.browser.worker.evaluate(() => chrome.commands.getAll());
    const toggle = commands.find((c: { name: string }) => c.name === 'toggle-reader');
    // Chromium silently leaves a suggested key unassigned when it clashes with one of its own.
    expect(toggle?.shortcut).toBe('Alt+Shift+L');
    const { page, tabId } = await s.open('demo-article/');
    await s.command(tabId);
    await expect.poll(() => s.readerOpen(page)).toBe(true);
    await s.command(tabId);
    await expect.poll(() => s.readerOpen(page)).toBe(false);
    await page.close();
  });

  test('the page context menu has the item, and it toggles reader mode', async () => {
    // update() fails for an item that was never created.
    await s.browser.worker.evaluate(() => chrome.contextMenus.update('sourcelight-toggle-reader', {}));
    const { page, tabId } = await s.open('demo-article/');
    await s.menu(tabId);
    await expect.poll(() => s.readerOpen(page)).toBe(true);
    await s.menu(tabId);
    await expect.poll(() => s.readerOpen(page)).toBe(false);
    await page.close();
  });

  test('the toolbar icon and title follow reader mode; the badge marks the article', async () => {
    const { page, tabId } = await s.open('demo-article/');
    await expect.poll(() => s.browser.badgeOf(tabId)).toBe('•');
    await expect.poll(() => title(tabId)).toBe('Sourcelight: article detected');
    expect(await lastIcon(tabId)).toBe('icons/icon-16.png');
    await openReader(page, tabId);
    await expect.poll(() => lastIcon(tabId)).toBe('icons/icon-on-16.png');
    await expect.poll(() => title(tabId)).toBe('Sourcelight: reader mode on');
    await s.send(tabId, { type: 'set-reader', on: false });
    await expect.poll(() => lastIcon(tabId)).toBe('icons/icon-16.png');
    await expect.poll(() => title(tabId)).toBe('Sourcelight: article detected');
    await page.close();
  });
});

describe('what the reader view shows', () => {
  let page: Page;
  let tabId: number;
  const q = <T>(fn: string, ...args: unknown[]) => s.inReader<T>(page, fn, ...args);

  beforeAll(async () => {
    ({ page, tabId } = await s.open('rich-article/'));
    await openReader(page, tabId);
  });

  afterAll(async () => {
    await page.close();
  });

  test('title, outlet, byline with author link, date and reading time', async () => {
    const header = await q<Record<string, string | null>>(`function () {
      const t = (s) => this.querySelector(s)?.textContent ?? null;
      return { outlet: t('.sl-outlet'), title: t('.sl-title'), byline: t('.sl-byline'),
        link: this.querySelector('.sl-byline a')?.href ?? null, date: t('.sl-published'),
        datetime: this.querySelector('.sl-published')?.getAttribute('datetime') ?? null, reading: t('.sl-reading-time') };
    }`);
    expect(header).toMatchObject({
      outlet: 'Harbour Weekly',
      title: 'Ferries, cranes and footnotes: a year in the port of Klaipėda',
      byline: 'By Ona Vilkaitė',
      datetime: '2025-11-03T08:00:00Z',
      reading: '2 min read',
    });
    expect(header.date).toContain('2025');
  });

  test('every image loads, lazy ones included (data-src, data-srcset, <picture>, <noscript>)', async () => {
    const images = () =>
      q<{ src: string; alt: string; loaded: boolean }[]>(`function () {
        return [...this.querySelectorAll('.sl-content img')].map((i) => ({
          src: i.currentSrc.replace(/^.*\\//, ''), alt: i.alt, loaded: i.complete && i.naturalWidth > 1 }));
      }`);
    await expect.poll(async () => (await images()).every((i) => i.loaded)).toBe(true);
    expect((await images()).map((i) => i.src)).toEqual([
      'harbour.png',
      'ferry.png',
      'crane.png',
      'chart.png',
    ]);
  });

  test('captions with their credits, a table, lists, a block quote and footnotes', async () => {
    const parts = await q<Record<string, unknown>>(`function () {
      const all = (s) => [...this.querySelectorAll(s)].map((e) => e.textContent.replace(/\\s+/g, ' ').trim());
      return {
        captions: all('.sl-content figcaption'),
        credits: all('.sl-content figure small'),
        table: all('.sl-content table caption, .sl-content table th'),
        rows: this.querySelectorAll('.sl-content table tbody tr').length,
        bullets: this.querySelectorAll('.sl-content ul li').length,
        steps: all('.sl-content ol')[0] ?? '',
        quote: all('.sl-content blockquote')[0] ?? '',
        footnote: all('.sl-content li[id="fn2"]')[0] ?? '',
        text: this.querySelector('.sl-content').textContent,
      };
    }`);
    expect(parts.captions).toEqual([
      'The outer harbour at dawn. Photo: Rūta Petrauskienė / Harbour Weekly',
      'The evening ferry to Kiel leaves the inner harbour. Photo: Tomas Jonaitis',
      'Monthly ferry passengers, 2024 and 2025. Source: Klaipėda State Seaport Authority',
    ]);
    expect(parts.credits).toEqual(['Illustration: Harbour Weekly graphics desk']);
    expect(parts.table).toEqual([
      'Ferry traffic, January to October',
      'Route',
      'Passengers',
      'Freight units',
      'Change',
    ]);
    expect(parts.rows).toBe(3);
    expect(parts.bullets).toBe(3);
    expect(parts.steps).toContain('deepen the southern channel');
    expect(parts.quote).toContain('A port is a promise to ships');
    expect(parts.footnote).toContain('Double-stacked trains need a clearance');
    expect(parts.text).not.toContain('Related stories');
    expect(parts.text).not.toContain('Sign up for the Harbour Weekly newsletter');
  });

  test('what it left out is listed at the end, each block with a one-click "show again"', async () => {
    const list = await q<string[]>(`function () {
      return [...this.querySelectorAll('[data-testid="reader-removed"] li .sl-removed-row > span')].map((e) => e.textContent);
    }`);
    expect(list).toEqual(expect.arrayContaining(['Related Related stories']));
    const shown = await q<{ expanded: string | null; text: string }>(`function () {
      this.querySelector('[data-testid="reader-removed"]').open = true;
      const row = [...this.querySelectorAll('[data-testid="reader-removed"] li')].find((li) => li.textContent.includes('Related stories'));
      const button = row.querySelector('button');
      button.click();
      return new Promise((done) => setTimeout(() => done({ expanded: button.getAttribute('aria-expanded'), text: row.querySelector('.sl-removed-content')?.textContent ?? '' }), 50));
    }`);
    expect(shown.expanded).toBe('true');
    expect(shown.text).toContain('Riga port loses coal traffic for good');
  });

  test('a footnote reference moves to its note inside the view', async () => {
    await q(`function () { this.querySelector('.sl-content a[href="#fn1"]').click(); }`);
    expect(await q<string>('function () { return this.activeElement?.id ?? ""; }')).toBe('fn1');
    expect(s.browser.context.pages().length).toBeGreaterThan(0);
    expect(await s.readerOpen(page)).toBe(true);
  });

  test('axe: no serious or critical violation in the reader view', async () => {
    const report = await runAxeOnReader(page);
    expect(report.checked).toBeGreaterThan(20);
    expect(seriousOf(report)).toEqual([]);
  });

  test('WCAG AA contrast of every text in the view', async () => {
    const { checked, issues } = await q<{ checked: number; issues: ContrastIssue[] }>(READER_CONTRAST);
    expect(checked).toBeGreaterThan(30);
    expect(issues).toEqual([]);
  });
});

describe('typography and themes', () => {
  test('the Aa panel by keyboard: font, size, line height, width, theme; saved to storage.sync', async () => {
    await s.setSettings(undefined);
    const { page, tabId } = await s.open('demo-article/');
    await openReader(page, tabId);
    const style = (sel: string, prop: string) => readerStyle(s, page, sel, prop);
    expect(await style('.sl-reader', 'font-family')).toContain('Charter');

    await page.keyboard.press('Tab'); // the Aa button, first in the view
    await page.keyboard.press('Enter');
    await expect
      .poll(() => s.inReader<string>(page, 'function () { return this.activeElement?.value ?? ""; }'))
      .toBe('serif');
    await page.keyboard.press('ArrowRight'); // font: sans
    await expect.poll(() => style('.sl-reader', 'font-family')).toContain('system-ui');
    await page.keyboard.press('Tab'); // size
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => style('.sl-reader', 'font-size')).toBe('22px');
    await page.keyboard.press('Tab'); // line height
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => style('.sl-reader', 'line-height')).toBe(`${22 * 1.7}px`);
    await page.keyboard.press('Tab'); // width
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => style('.sl-article', 'max-width')).toMatch(/px$/);
    await page.keyboard.press('Tab'); // theme: system -> dark
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => style('.sl-reader', 'background-color')).toBe('rgb(28, 27, 34)');

    await expect
      .poll(async () => (await s.settings())?.reader)
      .toEqual({ font: 'sans', size: 22, lineHeight: 1.7, width: 64, theme: 'dark' });
    // Escape closes the panel first and gives focus back to its button; the view stays.
    await page.keyboard.press('Escape');
    expect(await s.readerOpen(page)).toBe(true);
    expect(
      await s.inReader<string>(page, 'function () { return this.activeElement?.className ?? ""; }'),
    ).toContain('sl-aa');
    await page.close();
  });

  test('a change on the options page applies live to an open reader view; sepia; follow the system', async () => {
    await s.setSettings(undefined);
    const { page, tabId } = await s.open('demo-article/');
    await openReader(page, tabId);
    const bg = () => readerStyle(s, page, '.sl-reader', 'background-color');
    expect(await bg()).toBe('rgb(253, 253, 252)');
    const options = await s.browser.context.newPage();
    await options.goto(`chrome-extension://${s.browser.extensionId}/options/options.html`);
    await options.getByRole('radio', { name: 'Sepia' }).check();
    await expect.poll(bg).toBe('rgb(244, 236, 216)');
    await options.getByRole('radio', { name: 'Mono' }).check();
    await expect.poll(() => readerStyle(s, page, '.sl-reader', 'font-family')).toContain('monospace');
    await options.getByRole('radio', { name: 'System' }).check();
    await expect.poll(bg).toBe('rgb(253, 253, 252)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(bg).toBe('rgb(28, 27, 34)');
    await page.emulateMedia({ colorScheme: 'light' });
    await options.close();
    await page.close();
  });

  test('axe and contrast: the dark and sepia themes pass too', async () => {
    for (const theme of ['dark', 'sepia']) {
      await s.setSettings({ reader: { theme } });
      const { page, tabId } = await s.open('demo-article/');
      await openReader(page, tabId);
      const report = await runAxeOnReader(page);
      expect(report.checked).toBeGreaterThan(20);
      expect(seriousOf(report), theme).toEqual([]);
      const contrast = await s.inReader<{ issues: ContrastIssue[] }>(page, READER_CONTRAST);
      expect(contrast.issues, theme).toEqual([]);
      await page.close();
    }
    await s.setSettings(undefined);
  });
});

describe('print, Escape and restoring the page', () => {
  test('print: only the reader view, static, on white, without its toolbar', async () => {
    await s.setSettings({ reader: { theme: 'dark' } });
    const { page, tabId } = await s.open('demo-article/');
    await openReader(page, tabId);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('sourcelight-reader')!).position),
    ).toBe('static');
    // One CDP session for all reads: a second session's attach resets the emulated media.
    const printed = await s.inReader<string[]>(
      page,
      `function () {
        const cs = (sel) => getComputedStyle(this.querySelector(sel));
        return [cs('.sl-toolbar').display, cs('.sl-reader').backgroundColor, cs('.sl-title').color, cs('.sl-reader').overflow];
      }`,
    );
    expect(printed).toEqual(['none', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'visible']);
    // A real print run renders the reader's article, not the page under it.
    const pdf = await page.pdf();
    expect(pdf.length).toBeGreaterThan(1000);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    await s.setSettings(undefined);
    await page.close();
  });

  test('Escape leaves reader mode, also after a click into the article text', async () => {
    const { page, tabId } = await s.open('demo-article/');
    await openReader(page, tabId);
    await page.keyboard.press('Escape');
    await expect.poll(() => s.readerOpen(page)).toBe(false);
    await openReader(page, tabId);
    await page.mouse.click(640, 420);
    await page.keyboard.press('Escape');
    await expect.poll(() => s.readerOpen(page)).toBe(false);
    expect((await s.state(tabId)).readerOn).toBe(false);
    await page.close();
  });

  test('switching off restores the page exactly: DOM, scroll position, form input, focus', async () => {
    const { page, tabId } = await s.open('demo-article/');
    await page.fill('#nl-email', 'reader@example.org');
    // Filling scrolled the field into view, perhaps smoothly: settle at 700 before the snapshot.
    await page.evaluate(() =>
      document.querySelector<HTMLInputElement>('#nl-email')!.focus({ preventScroll: true }),
    );
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              window.scrollTo({ top: 700, behavior: 'instant' });
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY)));
            }),
        ),
      )
      .toBe(700);
    const snapshot = () =>
      page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#nl-email')!;
        return {
          html: document.documentElement.outerHTML,
          scrollY: window.scrollY,
          value: input.value,
          focused: document.activeElement?.id,
        };
      });
    const before = await snapshot();
    expect(before.scrollY).toBe(700);

    await s.command(tabId);
    await expect.poll(() => s.readerOpen(page)).toBe(true);
    // Reading moves the view, not the page under it (scrolling animates only in the tab in front).
    await page.bringToFront();
    await page.keyboard.press('PageDown');
    await page.mouse.wheel(0, 900);
    await expect
      .poll(
        () => s.inReader<number>(page, 'function () { return this.querySelector(".sl-reader").scrollTop; }'),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(700);
    await page.keyboard.press('Escape');
    await expect.poll(() => s.readerOpen(page)).toBe(false);
    expect(await snapshot()).toEqual(before);
    await page.close();
  });
});

describe('per-site: always open reader mode', () => {
  test('chosen in the popup, it opens reader mode now and on every later visit; removed, it stops', async () => {
    await s.setSettings(undefined);
    const { page, tabId } = await s.open('demo-article/');
    const popup = await s.browser.openPopup(tabId);
    await popup.getByTestId('always-reader').check();
    await expect.poll(() => s.readerOpen(page)).toBe(true);
    expect((await s.settings())?.sites).toEqual({
      '127.0.0.1': { alwaysReader: true, autoDeclutter: false },
    });

    await page.reload();
    await expect.poll(() => s.readerOpen(page), { timeout: 10_000 }).toBe(true);
    // Another page of the same site opens in reader mode too.
    const other = await s.open('rich-article/');
    await expect.poll(() => s.readerOpen(other.page), { timeout: 10_000 }).toBe(true);
    await other.page.close();

    const options = await s.browser.context.newPage();
    await options.goto(`chrome-extension://${s.browser.extensionId}/options/options.html`);
    await options.getByTestId('remove-site').click();
    await expect.poll(async () => (await s.settings())?.sites).toEqual({});
    await options.close();
    await page.reload();
    const id = await s.browser.tabIdOf(page);
    await new Promise((r) => setTimeout(r, 500));
    expect((await s.state(id)).readerOn).toBe(false);
    expect(await s.readerOpen(page)).toBe(false);
    await popup.close();
    await page.close();
  });
});
