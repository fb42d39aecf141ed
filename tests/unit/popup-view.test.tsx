// @vitest-environment jsdom
// The popup's views (src/popup/PopupView.tsx) against a fake page: each state, the annotations of
// the demo article, expert quotes that highlight on the page, declutter with "show again", per-site
// choices, export and citation.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { TextAnchor } from '../../src/core/types.ts';
import type { PageState, RemovedBlock } from '../../src/messages.ts';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('./support/fake-browser.ts')).fakeBrowser,
}));

const { fakeBrowser } = await import('./support/fake-browser.ts');
const { Popup } = await import('../../src/popup/PopupView.tsx');
const { DEMO_URL, demoAnalysis } = await import('./support/demo-analysis.ts');
type Connection = import('../../src/popup/page-api.ts').Connection;
type PageApi = import('../../src/popup/page-api.ts').PageApi;

const READY: PageState = {
  status: 'ready',
  isArticle: true,
  articleScore: 0.95,
  readerOn: false,
  declutterOn: false,
  url: DEMO_URL,
};

function fakePage(state: PageState = READY) {
  let current = { ...state } as PageState & { status: 'ready' };
  let blocks: RemovedBlock[] = [
    { index: 0, kind: 'related', label: 'More', chars: 221, hidden: true },
    { index: 1, kind: 'editors-picks', label: "Editor's Picks", chars: 106, hidden: true },
  ];
  const api = {
    state: vi.fn(async () => current),
    analysis: vi.fn(async () => ({ ok: true as const, analysis: demoAnalysis() })),
    setReader: vi.fn(async (on: boolean) => (current = { ...current, readerOn: on })),
    setDeclutter: vi.fn(async (on: boolean) => (current = { ...current, declutterOn: on })),
    listRemoved: vi.fn(async () => blocks),
    showRemoved: vi.fn(async (index: number, shown: boolean) => {
      blocks = blocks.map((b) => (b.index === index ? { ...b, hidden: !shown } : b));
      return blocks;
    }),
    highlight: vi.fn(async (_anchor: TextAnchor) => ({ found: true })),
  } satisfies PageApi;
  const connect = vi.fn(async (): Promise<Connection> => ({ kind: 'connected', api, state: current }));
  return { api, connect };
}

let root: HTMLElement;
const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const $$ = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const text = () => root.textContent ?? '';

async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

async function click(el: HTMLElement | null) {
  expect(el).not.toBeNull();
  await act(async () => el!.click());
  await settle();
}

async function show(connect: () => Promise<Connection>) {
  await act(async () => render(<Popup connect={connect} />, root));
  await settle();
}

beforeEach(() => {
  fakeBrowser.resetStorage();
  root = document.createElement('main');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('states', () => {
  test('analysing while the page answers', async () => {
    await act(async () => render(<Popup connect={() => new Promise(() => {})} />, root));
    expect($('popup-state')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Analysing this page…');
  });

  test('a page extensions cannot run on', async () => {
    await show(async () => ({ kind: 'unsupported' }));
    expect(text()).toContain('Browser pages and extension stores are closed to extensions.');
  });

  test('a page opened before the extension was installed', async () => {
    await show(async () => ({ kind: 'no-content-script' }));
    expect(text()).toContain('Reload it to analyse it.');
  });

  test('an error, with a retry', async () => {
    const connect = vi
      .fn()
      .mockRejectedValueOnce(new Error('tab went away'))
      .mockResolvedValue({ kind: 'unsupported' });
    await show(connect);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Something went wrong while analysing this page: tab went away',
    );
    await click($('retry'));
    expect(connect).toHaveBeenCalledTimes(2);
    expect(text()).toContain('closed to extensions');
  });

  test('not an article: "Try reader mode anyway" opens reader mode and shows the analysis', async () => {
    const { api, connect } = fakePage({ ...READY, isArticle: false });
    await show(connect);
    expect(text()).toContain('This page does not look like a single article.');
    expect(api.analysis).not.toHaveBeenCalled();
    await click($('try-reader'));
    expect(api.setReader).toHaveBeenCalledWith(true);
    expect($('reader-toggle')?.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the demo article', () => {
  test('outlet, domain, title, byline with links, dates and reading time', async () => {
    await show(fakePage().connect);
    expect($('outlet')?.textContent).toBe('The Northern Ledger');
    expect($('domain')?.textContent).toBe('ledger.example');
    expect($('title')?.textContent).toBe('Grid batteries carry the Baltic winter peak for the first time');
    expect($('byline')?.textContent).toBe('By Mara Lindqvist and Jonas Petraitis');
    const links = [...($('byline')?.querySelectorAll('a') ?? [])].map((a) => a.href);
    expect(links).toEqual([
      'https://ledger.example/authors/mara-lindqvist/',
      'https://ledger.example/authors/jonas-petraitis/',
    ]);
    expect($('published')?.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-14T07:30:00+02:00');
    expect($('published')?.textContent).toMatch(/2026.*\(.*ago\)/);
    expect($('updated')?.textContent).toMatch(/2026/);
    expect($('reading-time')?.textContent).toBe('2 min read');
  });

  test('experts with role, institution and acronym; quotes expand and highlight on the page', async () => {
    const { api, connect } = fakePage();
    await show(connect);
    expect($$('expert-name').map((e) => e.textContent)).toEqual(['Ieva Markevičiūtė', 'Henrik Aas']);
    expect($$('expert-about').map((e) => e.textContent)).toEqual([
      'senior analyst, Baltic Institute for Energy Studies (BIES)',
      'chief economist, Nordvolt Trading',
    ]);
    const toggle = $$('expert-quotes-toggle')[0];
    expect(toggle.textContent).toBe('2 quotes');
    const list = root.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(list.hidden).toBe(true);
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    const quote = list.querySelector<HTMLElement>('[data-testid="quote"]')!;
    expect(quote.textContent).toContain('“This is the winter when storage');
    await click(quote);
    expect(api.highlight).toHaveBeenCalledWith(demoAnalysis().experts[0].quotes[0].anchor);
    expect(list.textContent).toContain('Shown on the page.');
  });

  test('a quote the page no longer has says so', async () => {
    const { api, connect } = fakePage();
    api.highlight.mockResolvedValue({ found: false });
    await show(connect);
    await click($$('expert-quotes-toggle')[1]);
    await click($$('quote').find((q) => q.textContent?.includes('At those spreads'))!);
    expect(text()).toContain('This passage could not be found on the page.');
  });

  test('no experts', async () => {
    const { api, connect } = fakePage();
    api.analysis.mockResolvedValue({ ok: true, analysis: { ...demoAnalysis(), experts: [] } });
    await show(connect);
    expect(text()).toContain('No named person is quoted in this article.');
  });

  test('reader mode switch', async () => {
    const { api, connect } = fakePage();
    await show(connect);
    await click($('reader-toggle'));
    expect(api.setReader).toHaveBeenCalledWith(true);
    expect($('reader-toggle')?.getAttribute('aria-pressed')).toBe('true');
  });

  test('declutter lists the removed blocks, each with "show again"', async () => {
    const { api, connect } = fakePage();
    await show(connect);
    await click($('declutter-toggle'));
    expect(api.setDeclutter).toHaveBeenCalledWith(true);
    expect($$('removed-block').map((b) => b.querySelector('.removed-label')?.textContent)).toEqual([
      'Related More',
      "Editor's picks Editor's Picks",
    ]);
    expect($$('show-again').map((b) => b.textContent)).toEqual(['Show again', 'Show again']);
    await click($$('show-again')[1]);
    expect(api.showRemoved).toHaveBeenCalledWith(1, true);
    expect($$('show-again')[1].textContent).toBe('Hide again');
  });

  test('per-site choices are saved and applied at once', async () => {
    const { api, connect } = fakePage();
    await show(connect);
    const always = $('always-reader') as HTMLInputElement;
    await act(async () => always.click());
    await settle();
    const stored = (await fakeBrowser.storage.sync.get('settings')) as { settings: { sites: object } };
    expect(stored.settings.sites).toEqual({ 'ledger.example': { alwaysReader: true, autoDeclutter: false } });
    expect(api.setReader).toHaveBeenCalledWith(true);
    await act(async () => ($('auto-declutter') as HTMLInputElement).click());
    await settle();
    expect(api.setDeclutter).toHaveBeenCalledWith(true);
  });

  test('export as Markdown and JSON, and cite in APA, MLA and BibTeX', async () => {
    const writeText = vi.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await show(fakePage().connect);
    await click($('copy-markdown'));
    expect(writeText.mock.calls[0][0]).toMatch(/^# Grid batteries carry the Baltic winter peak/);
    await click($('copy-json'));
    expect(JSON.parse(writeText.mock.calls[1][0]).experts).toHaveLength(2);
    expect($('citation')?.textContent).toMatch(/^Lindqvist, M\., & Petraitis, J\. \(2026, January 14\)\./);
    expect($('citation')?.querySelector('i')?.textContent).toBe('The Northern Ledger');
    const select = $('cite-style') as HTMLSelectElement;
    for (const [style, start] of [
      ['mla', 'Lindqvist, Mara, and Jonas Petraitis.'],
      ['bibtex', '@article{lindqvist2026grid,'],
    ]) {
      await act(async () => {
        select.value = style;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      expect($('citation')?.textContent?.startsWith(start)).toBe(true);
    }
    await click($('copy-citation'));
    expect(writeText.mock.calls[2][0]).toMatch(/^@article\{/);
    await new Promise((r) => setTimeout(r, 80));
    expect($('announcement')?.textContent).toBe('Citation copied.');
  });

  test('the whole popup in Russian', async () => {
    fakeBrowser.setLanguage('ru');
    try {
      await show(fakePage().connect);
      expect($('byline')?.textContent).toBe('Авторы: Mara Lindqvist и Jonas Petraitis');
      expect($$('expert-quotes-toggle').map((b) => b.textContent)).toEqual(['2 цитаты', '1 цитата']);
      expect($('reading-time')?.textContent).toBe('2 мин чтения');
      expect(text()).toContain('Цитируемые эксперты');
    } finally {
      fakeBrowser.setLanguage('en');
    }
  });
});
