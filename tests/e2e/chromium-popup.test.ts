// The popup in real Chromium, opened for a tab as the toolbar button opens it: the demo article's
// annotations, quoted experts whose quotes scroll to and highlight the passage (page and reader
// view), declutter with "show again" and the per-site auto-declutter, export and citations through
// the real clipboard, each state, keyboard-only use and axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAxe, seriousOf } from './support/axe.ts';
import { type Session, startSession } from './support/session.ts';

let s: Session;

beforeAll(async () => {
  s = await startSession();
  await s.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: s.server.origin,
  });
});

afterAll(async () => {
  await s?.close();
});

/** The text of the page's quote highlight, and whether it is on screen. */
function highlighted(page: Page) {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sourcelight-quote');
    const range = h ? [...h][0] : undefined;
    if (!range) return null;
    const r = range.getBoundingClientRect();
    return { text: range.toString(), onScreen: r.top >= 0 && r.bottom <= innerHeight };
  });
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('the demo article', () => {
  let page: Page;
  let tabId: number;
  let popup: Page;

  beforeAll(async () => {
    ({ page, tabId } = await s.open('demo-article/'));
    popup = await s.browser.openPopup(tabId);
    await popup.getByTestId('title').waitFor();
  });

  afterAll(async () => {
    await popup.close();
    await page.close();
  });

  test('outlet and domain, byline with author links, dates absolute and relative, reading time', async () => {
    expect(await popup.getByTestId('outlet').textContent()).toBe('The Northern Ledger');
    expect(await popup.getByTestId('domain').textContent()).toBe('127.0.0.1');
    expect(await popup.getByTestId('byline').textContent()).toBe('By Mara Lindqvist and Jonas Petraitis');
    const links = await popup
      .getByTestId('byline')
      .locator('a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([
      s.server.url('authors/mara-lindqvist/'),
      s.server.url('authors/jonas-petraitis/'),
    ]);
    const published = (await popup.getByTestId('published').textContent()) ?? '';
    expect(published).toMatch(/January 14, 2026/);
    expect(published).toMatch(/\((\d+ \w+|last \w+) ago\)|\(last \w+\)/);
    expect(await popup.getByTestId('published').locator('time').getAttribute('datetime')).toBe(
      '2026-01-14T07:30:00+02:00',
    );
    expect(await popup.getByTestId('updated').textContent()).toMatch(/January 14, 2026/);
    expect(await popup.getByTestId('reading-time').textContent()).toBe('2 min read');
  });

  test('quoted experts: name, role, institution and acronym, number of quotes, quotes expandable', async () => {
    const names = await popup.getByTestId('expert-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Ieva Markevičiūtė', 'Henrik Aas']));
    const ieva = popup.getByTestId('expert').filter({ hasText: 'Ieva Markevičiūtė' });
    expect(await ieva.getByTestId('expert-about').textContent()).toBe(
      'senior analyst, Baltic Institute for Energy Studies (BIES)',
    );
    const toggle = ieva.getByTestId('expert-quotes-toggle');
    expect(await toggle.textContent()).toMatch(/^\d+ quotes?$/);
    const count = Number((await toggle.textContent())?.match(/\d+/)?.[0]);
    expect(await ieva.getByTestId('quote').first().isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await ieva.getByTestId('quote').count()).toBe(count);
    expect(await ieva.getByTestId('quote').first().isVisible()).toBe(true);
  });

  test('clicking a quote scrolls the page to it and highlights it', async () => {
    const henrik = popup.getByTestId('expert').filter({ hasText: 'Henrik Aas' });
    await henrik.getByTestId('expert-quotes-toggle').click();
    const quote = henrik.getByTestId('quote').filter({ hasText: 'At those spreads' });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // As with the real popup, the page is the one on screen; the popup floats over it.
    await page.bringToFront();
    await quote.click();
    await expect
      .poll(async () => (await highlighted(page))?.text)
      .toContain('At those spreads a battery pays back');
    await expect.poll(async () => (await highlighted(page))?.onScreen).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect.poll(() => popup.getByTestId('announcement').textContent()).toBe('Shown on the page.');
  });

  test('in reader mode, the quote is found and highlighted in the reader view', async () => {
    await popup.getByTestId('reader-toggle').click();
    await expect.poll(() => s.readerOpen(page)).toBe(true);
    const ieva = popup.getByTestId('expert').filter({ hasText: 'Ieva Markevičiūtė' });
    const quote = ieva.getByTestId('quote').filter({ hasText: 'Four-hour batteries' });
    await page.bringToFront();
    await quote.click();
    await expect
      .poll(async () => (await highlighted(page))?.text)
      .toContain('Four-hour batteries solve the evening peak');
    await expect.poll(async () => (await highlighted(page))?.onScreen).toBe(true);
    const scrolled = await s.inReader<number>(
      page,
      'function () { return this.querySelector(".sl-reader").scrollTop; }',
    );
    expect(scrolled).toBeGreaterThan(0);
    await popup.getByTestId('reader-toggle').click();
    await expect.poll(() => s.readerOpen(page)).toBe(false);
  });

  test('export: Markdown and JSON through the clipboard', async () => {
    await popup.getByTestId('copy-markdown').click();
    await expect
      .poll(() => popup.getByTestId('announcement').textContent())
      .toBe('Annotations copied as Markdown.');
    const md = await clipboard(page);
    expect(md).toMatch(/^# Grid batteries carry the Baltic winter peak for the first time\n/);
    expect(md).toContain('- Authors: [Mara Lindqvist](');
    expect(md).toContain('## Quoted experts');
    expect(md).toContain('### Ieva Markevičiūtė');
    await popup.getByTestId('copy-json').click();
    await expect
      .poll(() => popup.getByTestId('announcement').textContent())
      .toBe('Annotations copied as JSON.');
    const json = JSON.parse(await clipboard(page));
    expect(json).toMatchObject({
      title: 'Grid batteries carry the Baltic winter peak for the first time',
      outlet: { name: 'The Northern Ledger' },
      published: '2026-01-14T07:30:00+02:00',
    });
    expect(json.experts.map((e: { name: string }) => e.name)).toEqual(
      expect.arrayContaining(['Ieva Markevičiūtė', 'Henrik Aas']),
    );
  });

  test('cite this article: APA, MLA and BibTeX, copied', async () => {
    expect(await popup.getByTestId('citation').textContent()).toMatch(
      /^Lindqvist, M\., & Petraitis, J\. \(2026, January 14\)\. Grid batteries carry the Baltic winter peak for the first time\. The Northern Ledger\. http:\/\/127\.0\.0\.1:\d+\/demo-article\//,
    );
    await popup.getByTestId('cite-style').selectOption('mla');
    expect(await popup.getByTestId('citation').textContent()).toMatch(
      /^Lindqvist, Mara, and Jonas Petraitis\. “Grid batteries carry the Baltic winter peak for the first time\.” The Northern Ledger, 14 Jan\. 2026, 127\.0\.0\.1/,
    );
    await popup.getByTestId('cite-style').selectOption('bibtex');
    await popup.getByTestId('copy-citation').click();
    await expect.poll(() => popup.getByTestId('announcement').textContent()).toBe('Citation copied.');
    const bib = await clipboard(page);
    expect(bib).toMatch(
      /^@article\{lindqvist2026grid,\n {2}author {2}= \{Lindqvist, Mara and Petraitis, Jonas\},/,
    );
    expect(bib).toContain('journal = {The Northern Ledger}');
  });

  test('axe: no serious or critical violation, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const report = await runAxe(popup);
      expect(report.contrastChecked, colorScheme).toBeGreaterThan(20);
      expect(seriousOf(report), colorScheme).toEqual([]);
    }
    await popup.emulateMedia({ colorScheme: 'light' });
  });
});

describe('declutter in place', () => {
  test('removes the clutter, lists each removed block with "show again", and restores the page exactly', async () => {
    const { page, tabId } = await s.open('demo-article/');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    // Rendered at all, whichever block (the element or one around it) the engine hid.
    const visible = (sel: string) => page.evaluate((q) => document.querySelector(q)!.checkVisibility(), sel);
    const popup = await s.browser.openPopup(tabId);
    await popup.getByTestId('declutter-toggle').click();
    await expect.poll(() => visible('section.related')).toBe(false);
    expect(await visible('.newsletter')).toBe(false);
    expect(await visible('.body')).toBe(true);
    const labels = await popup.locator('[data-testid="removed-block"] .removed-label').allTextContents();
    expect(labels.join(' | ')).toContain('More');
    expect(labels.join(' | ')).toContain('Trending Stories');
    const trending = popup.getByTestId('removed-block').filter({ hasText: 'Trending Stories' });
    await trending.getByTestId('show-again').click();
    await expect.poll(() => trending.getByTestId('show-again').textContent()).toBe('Hide again');
    // Shown again even though the sidebar around it is a removed block of its own.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('aside section')].some(
          (e) => e.textContent?.includes('Trending') && e.checkVisibility(),
        ),
      ),
    ).toBe(true);
    expect(await visible('section.related')).toBe(false);
    await popup.getByTestId('declutter-toggle').click();
    await expect.poll(() => visible('section.related')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close();
    await page.close();
  });

  test('"always remove clutter on this site": now and on every later visit, without reader mode', async () => {
    await s.setSettings(null);
    const { page, tabId } = await s.open('demo-article/');
    const popup = await s.browser.openPopup(tabId);
    await popup.getByTestId('auto-declutter').check();
    const related = () =>
      page.evaluate(() => (document.querySelector('section.related')!.checkVisibility() ? 'shown' : 'none'));
    await expect.poll(related).toBe('none');
    await page.reload();
    const id = await s.browser.tabIdOf(page);
    await expect.poll(async () => (await s.state(id)).declutterOn).toBe(true);
    expect(await related()).toBe('none');
    expect((await s.state(id)).readerOn).toBe(false);
    expect(await s.readerOpen(page)).toBe(false);
    await s.setSettings(null);
    await popup.close();
    await page.close();
  });
});

describe('states', () => {
  test('not an article: says so, and "Try reader mode anyway" opens reader mode', async () => {
    const { page, tabId } = await s.open('front-page/');
    const popup = await s.browser.openPopup(tabId);
    await popup.getByText('This page does not look like a single article.').waitFor();
    expect(seriousOf(await runAxe(popup))).toEqual([]);
    await popup.getByTestId('try-reader').click();
    await expect.poll(() => s.readerOpen(page)).toBe(true);
    await expect.poll(() => popup.getByTestId('reader-toggle').getAttribute('aria-pressed')).toBe('true');
    await popup.close();
    await page.close();
  });

  test('analysing: shown while the page is busy, then the result', async () => {
    const { page, tabId } = await s.open('demo-article/');
    // The content script shares the page's main thread: keep it busy for a moment.
    await page.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 2500;
        while (Date.now() < end) {
          // busy
        }
      }, 100);
    });
    await new Promise((r) => setTimeout(r, 300));
    const popup = await s.browser.openPopup(tabId);
    await popup.getByText('Analysing this page…').waitFor();
    expect(await popup.getByTestId('popup-state').getAttribute('aria-busy')).toBe('true');
    await popup.getByTestId('title').waitFor({ timeout: 15_000 });
    await popup.close();
    await page.close();
  });

  test('a page where extensions cannot run', async () => {
    const ids = () =>
      s.browser.worker.evaluate(
        async () => (await chrome.tabs.query({})).map((t: { id: number }) => t.id) as number[],
      );
    const known = new Set(await ids());
    const page = await s.browser.context.newPage();
    await page.goto('chrome://version/').catch(() => page.goto('about:blank'));
    const tabId = (await ids()).find((id) => !known.has(id))!;
    const popup = await s.browser.openPopup(tabId);
    await popup.getByText('Sourcelight cannot run on this page.').waitFor();
    expect(seriousOf(await runAxe(popup))).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('errors are shown, with a retry', async () => {
    const popup = await s.browser.openPopup(2_147_000_000);
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Something went wrong while analysing this page: .+/);
    expect(await popup.getByTestId('retry').isVisible()).toBe(true);
    expect(seriousOf(await runAxe(popup))).toEqual([]);
    await popup.close();
  });
});

describe('keyboard only', () => {
  test('every control is reachable by Tab with a visible focus ring, and works with Enter and Space', async () => {
    const { page, tabId } = await s.open('demo-article/');
    const popup = await s.browser.openPopup(tabId);
    await popup.getByTestId('title').waitFor();
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      const focus = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          id: el.dataset.testid ?? el.tagName.toLowerCase(),
          ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
        };
      });
      // Past the last control focus leaves the page for the browser's own UI.
      if (focus.id === 'body') break;
      expect(focus.ring, focus.id).toBe(true);
      reached.push(focus.id);
    }
    for (const id of [
      'reader-toggle',
      'declutter-toggle',
      'always-reader',
      'auto-declutter',
      'expert-quotes-toggle',
      'copy-markdown',
      'copy-json',
      'cite-style',
      'copy-citation',
      'open-options',
    ])
      expect(reached, id).toContain(id);

    // Expand an expert's quotes with Enter, pick a quote with Enter, switch reader mode with Space.
    await popup.getByTestId('expert-quotes-toggle').first().focus();
    await popup.keyboard.press('Enter');
    expect(await popup.getByTestId('expert-quotes-toggle').first().getAttribute('aria-expanded')).toBe(
      'true',
    );
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe('quote');
    await popup.keyboard.press('Enter');
    await expect.poll(() => highlighted(page)).not.toBeNull();
    await popup.getByTestId('reader-toggle').focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => s.readerOpen(page)).toBe(true);
    await popup.close();
    await page.close();
  });
});
