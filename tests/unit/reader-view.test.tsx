// @vitest-environment jsdom
// The reader view (src/reader/ReaderView.tsx): header facts, in-article footnote links, and the
// text-settings panel.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('./support/fake-browser.ts')).fakeBrowser,
}));

const { ReaderView } = await import('../../src/reader/ReaderView.tsx');
const { DEFAULT_SETTINGS } = await import('../../src/settings.ts');
const { demoAnalysis } = await import('./support/demo-analysis.ts');

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  // jsdom has no layout.
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const HTML =
  '<p>Text<sup><a href="#fn1" id="r1" target="_blank">1</a></sup> and <a href="https://example.org/" target="_blank">a link</a>.</p>' +
  '<ol><li id="fn1">The note.</li></ol>';

function draw(props: Partial<Parameters<typeof ReaderView>[0]> = {}) {
  const onSettings = vi.fn();
  const onClose = vi.fn();
  act(() =>
    render(
      <ReaderView
        analysis={{ ...demoAnalysis(), html: HTML }}
        settings={DEFAULT_SETTINGS.reader}
        onClose={onClose}
        onSettings={onSettings}
        onPrint={() => {}}
        {...props}
      />,
      root,
    ),
  );
  return { onSettings, onClose };
}

test('header: outlet, title, byline with links, dates, reading time; a labelled modal view', () => {
  draw();
  const view = root.querySelector('.sl-reader')!;
  expect(view.getAttribute('role')).toBe('dialog');
  expect(view.getAttribute('aria-labelledby')).toBe('sl-title');
  expect(root.querySelector('.sl-outlet')?.textContent).toBe('The Northern Ledger');
  expect(root.querySelector('#sl-title')?.textContent).toBe(demoAnalysis().title);
  expect(root.querySelector('.sl-byline')?.textContent).toBe('By Mara Lindqvist and Jonas Petraitis');
  expect(root.querySelector('.sl-byline a')?.getAttribute('href')).toBe(
    'https://ledger.example/authors/mara-lindqvist/',
  );
  expect(root.querySelector('.sl-published')?.getAttribute('datetime')).toBe('2026-01-14T07:30:00+02:00');
  expect(root.querySelector('.sl-updated')?.textContent).toMatch(/^Updated /);
  expect(root.querySelector('.sl-reading-time')?.textContent).toBe('2 min read');
});

test('footnote links move within the view instead of opening a tab', () => {
  draw();
  const ref = root.querySelector<HTMLAnchorElement>('a[href="#fn1"]')!;
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  ref.dispatchEvent(event);
  expect(event.defaultPrevented).toBe(true);
  expect(document.activeElement?.id).toBe('fn1');
  const external = root.querySelector<HTMLAnchorElement>('a[href="https://example.org/"]')!;
  const out = new MouseEvent('click', { bubbles: true, cancelable: true });
  external.addEventListener('click', (e) => e.preventDefault());
  external.dispatchEvent(out);
  expect(document.activeElement?.id).toBe('fn1');
});

test('the text-settings panel opens, changes settings and closes on Escape', () => {
  const { onSettings } = draw();
  const aa = root.querySelector<HTMLButtonElement>('.sl-aa')!;
  const panel = root.querySelector<HTMLElement>('#sl-panel')!;
  expect(panel.hidden).toBe(true);
  act(() => aa.click());
  expect(aa.getAttribute('aria-expanded')).toBe('true');
  expect(panel.hidden).toBe(false);
  act(() => root.querySelector<HTMLInputElement>('input[value="dark"]')!.click());
  expect(onSettings).toHaveBeenCalledWith({ theme: 'dark' });
  act(() => {
    panel
      .querySelector('input')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  });
  expect(panel.hidden).toBe(true);
  expect(document.activeElement).toBe(aa);
});

test('an article without a body says so', () => {
  draw({ analysis: { ...demoAnalysis(), html: '' } });
  expect(root.querySelector('.sl-empty')?.textContent).toBe(
    'Sourcelight could not find an article text on this page.',
  );
});

test('what reader mode left out is listed, each block with "show again"', () => {
  const onShowRemoved = vi.fn((i: number) => (i === 0 ? '<h2>More</h2><p>Offshore wind auction</p>' : null));
  draw({ onShowRemoved });
  const removed = root.querySelector<HTMLDetailsElement>('[data-testid="reader-removed"]')!;
  expect(removed.querySelector('summary')?.textContent).toBe('2 blocks left out of this view');
  const rows = [...removed.querySelectorAll('li')];
  expect(rows.map((r) => r.querySelector('.sl-removed-row > span')?.textContent)).toEqual([
    'Related More',
    'Trending Trending Stories',
  ]);
  const [first, second] = rows.map((r) => r.querySelector<HTMLButtonElement>('button')!);
  act(() => first.click());
  expect(onShowRemoved).toHaveBeenCalledWith(0);
  expect(first.getAttribute('aria-expanded')).toBe('true');
  expect(first.textContent).toBe('Hide again');
  expect(rows[0].querySelector('.sl-removed-content')?.textContent).toBe('MoreOffshore wind auction');
  act(() => second.click());
  expect(rows[1].querySelector('.sl-removed-content')?.textContent).toBe(
    'This block is no longer on the page.',
  );
  act(() => first.click());
  expect(rows[0].querySelector('.sl-removed-content')).toBeNull();
});
