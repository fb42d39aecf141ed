// Content script: detects on load (cheap), and on request analyzes the page, toggles reader mode
// and in-place declutter, and highlights quotes. Nothing heavy runs until the user asks.
import { analyze } from '../core/analyze.ts';
import { detectArticle } from '../core/detect.ts';
import type { Analysis } from '../core/types.ts';
import {
  fromExtensionPage,
  type Handlers,
  listen,
  type PageState,
  sendToBackground,
  type ToContent,
} from '../messages.ts';
import { loadSettings, onSettingsChanged, sitePrefs } from '../settings.ts';
import { Declutter } from './declutter.ts';
import { clearHighlight, highlightQuote } from './highlight.ts';
import { ReaderOverlay } from './reader-overlay.tsx';
import { ReadingPosition } from './reading-position.ts';
import { watchNavigation } from './watch-navigation.ts';

const marker = globalThis as { __sourcelight?: boolean };

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

class PageSession {
  private url = location.href;
  private detection: { isArticle: boolean; score: number } | null = null;
  private detectionError: string | null = null;
  private analysis: Analysis | null = null;
  private readonly declutter = new Declutter();
  private readonly position = new ReadingPosition();
  private readonly overlay = new ReaderOverlay(() => {
    this.setReader(false);
  });

  state(): PageState {
    if (this.detectionError) return { status: 'error', message: this.detectionError, url: this.url };
    return {
      status: 'ready',
      isArticle: this.detection?.isArticle ?? false,
      articleScore: this.detection?.score ?? 0,
      readerOn: this.overlay.isOpen,
      declutterOn: this.declutter.isOn,
      url: this.url,
    };
  }

  detect(): void {
    this.url = location.href;
    this.analysis = null;
    try {
      const d = detectArticle(document, this.url);
      this.detection = { isArticle: d.isArticle, score: d.score };
      this.detectionError = null;
    } catch (e) {
      this.detection = null;
      this.detectionError = errorMessage(e);
    }
  }

  report(): void {
    sendToBackground({ type: 'page-state', state: this.state() }).catch(() => {
      // The background may be restarting; the popup asks again when opened.
    });
  }

  getAnalysis(): Analysis {
    if (!this.analysis || this.url !== location.href) {
      this.url = location.href;
      this.analysis = analyze(document, this.url, {}, window);
    }
    return this.analysis;
  }

  async setReader(on: boolean | 'toggle'): Promise<PageState> {
    const want = on === 'toggle' ? !this.overlay.isOpen : on;
    try {
      if (want && !this.overlay.isOpen) {
        const [analysis, settings] = [this.getAnalysis(), await loadSettings()];
        this.overlay.open(analysis, settings.reader);
      } else if (!want && this.overlay.isOpen) {
        clearHighlight();
        this.overlay.close();
      }
    } catch (e) {
      // Never leave the page half-covered: undo, then tell the caller (the popup shows it).
      if (this.overlay.isOpen) this.overlay.close();
      this.report();
      throw new Error(`Reader mode failed on this page: ${errorMessage(e)}`);
    }
    this.report();
    return this.state();
  }

  setDeclutter(on: boolean | 'toggle'): PageState {
    const want = on === 'toggle' ? !this.declutter.isOn : on;
    if (want && !this.declutter.isOn)
      this.position.keep(document, 'start', () => this.declutter.on(document, location.href));
    else if (!want && this.declutter.isOn) this.position.keep(document, 'end', () => this.declutter.off());
    this.report();
    return this.state();
  }

  readonly handlers: Handlers<ToContent> = {
    'get-state': () => this.state(),
    'get-analysis': () => {
      try {
        const { html: _html, ...rest } = this.getAnalysis();
        return { ok: true, analysis: { ...rest, html: '' } };
      } catch (e) {
        return { ok: false, error: errorMessage(e) };
      }
    },
    'set-reader': (m) => this.setReader(m.on),
    'set-declutter': (m) => this.setDeclutter(m.on),
    'list-removed': () => this.declutter.list(),
    'show-removed': (m) => {
      this.position.keep(document, 'adjust', () => this.declutter.setShown(m.index, m.shown));
      return this.declutter.list();
    },
    'highlight-quote': (m) => {
      const root = this.overlay.isOpen && this.overlay.root ? this.overlay.root : document;
      return { found: highlightQuote(root, m.anchor) };
    },
  };

  async applySitePrefs(): Promise<void> {
    if (!this.detection?.isArticle) return;
    const settings = await loadSettings();
    const prefs = sitePrefs(settings, location.hostname);
    if (prefs.autoDeclutter) this.setDeclutter(true);
    if (prefs.alwaysReader) await this.setReader(true);
  }

  watchSettings(): void {
    onSettingsChanged((s) => {
      if (this.overlay.isOpen) this.overlay.update(s.reader);
      // The badge setting may have changed: the background redraws from a fresh report.
      this.report();
    });
  }

  onNavigate(): void {
    if (location.href === this.url) return;
    if (this.overlay.isOpen) this.overlay.close();
    if (this.declutter.isOn) this.declutter.off();
    this.detect();
    this.report();
    // Single-page apps change the URL first and fetch the new content after: look again once it
    // has had time to arrive (cheap: detection only).
    const url = this.url;
    for (const delay of [600, 2000]) {
      setTimeout(() => {
        if (location.href !== url || this.overlay.isOpen) return;
        const before = JSON.stringify(this.state());
        this.detect();
        if (JSON.stringify(this.state()) !== before) this.report();
      }, delay);
    }
  }
}

function start(): void {
  if (marker.__sourcelight) return;
  marker.__sourcelight = true;
  const session = new PageSession();
  listen<ToContent>(session.handlers, fromExtensionPage);
  session.detect();
  session.report();
  session.watchSettings();
  session.applySitePrefs().catch(() => undefined);
  watchNavigation(() => session.onNavigate());
}

start();
