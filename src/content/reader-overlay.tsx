// Reader mode as an overlay in a closed shadow root: the page's DOM, scroll position, form input
// and focus stay untouched underneath, so switching off restores the page exactly, and the page's
// CSS and scripts cannot reach into the view. The only page-wide change is one constructed style
// sheet (scroll lock on screen, the page hidden in print), which is not part of the DOM.
import { render } from 'preact';
import type { ClutterBlock } from '../core/clutter/clutter-rule.ts';
import { findClutter } from '../core/clutter/find-clutter.ts';
import { sanitizeHtml } from '../core/sanitize.ts';
import type { Analysis } from '../core/types.ts';
import { ReaderView } from '../reader/ReaderView.tsx';
import readerCss from '../reader/reader.css?inline';
import controlsCss from '../reader/typography-controls.css?inline';
import { type ReaderSettings, updateReaderSettings } from '../settings.ts';
import { type AdoptedStyles, adoptStyles } from './adopt-styles.ts';

const PAGE_CSS = `
@media screen { html { overflow: hidden !important; } }
@media print { html > body { display: none !important; } html { overflow: visible !important; } }
`;

/** Typing in the panel's sliders fires many events; storage.sync allows ~2 writes a second. */
const SAVE_DELAY_MS = 300;

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

interface Saved {
  scrollX: number;
  scrollY: number;
  focused: Element | null;
}

export class ReaderOverlay {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private pageStyles: AdoptedStyles | null = null;
  private saved: Saved | null = null;
  private analysis: Analysis | null = null;
  private settings: ReaderSettings | null = null;
  private pendingSave: Partial<ReaderSettings> = {};
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private liveClutter: ClutterBlock[] | null = null;

  /** Escape pressed while focus is outside the view (on the page's body after a click, say). */
  private readonly onWindowKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && e.target !== this.host && !e.defaultPrevented) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.onExit();
    }
  };

  private readonly onShadowKey = (e: KeyboardEvent) => {
    if (e.type === 'keydown') {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        this.onExit();
      } else if (e.key === 'Tab') {
        this.keepFocusInside(e);
      }
    }
    // The page's own keyboard shortcuts must not fire while it is covered.
    e.stopPropagation();
  };

  constructor(private readonly onExit: () => void) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** The rendered view, for finding and highlighting quotes. */
  get root(): ShadowRoot | null {
    return this.shadow;
  }

  open(analysis: Analysis, settings: ReaderSettings): void {
    if (this.host) return;
    const doc = document;
    this.saved = { scrollX: window.scrollX, scrollY: window.scrollY, focused: doc.activeElement };
    const host = doc.createElement('sourcelight-reader');
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow, controlsCss + readerCss);
    this.host = host;
    this.shadow = shadow;
    this.analysis = analysis;
    this.settings = settings;
    doc.documentElement.appendChild(host);
    this.pageStyles = adoptStyles(doc, PAGE_CSS);
    for (const type of ['keydown', 'keyup', 'keypress'])
      shadow.addEventListener(type, this.onShadowKey as EventListener);
    window.addEventListener('keydown', this.onWindowKey, true);
    this.draw();
    // Focus the scrolling view itself, so Space, arrows and Page Down read on at once.
    (shadow.querySelector('.sl-reader') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  update(settings: ReaderSettings): void {
    // A change the user is still making wins over an older one echoed back from storage.
    this.settings = { ...settings, ...this.pendingSave };
    this.draw();
  }

  close(): void {
    if (!this.host || !this.shadow || !this.saved) return;
    this.flushSave();
    window.removeEventListener('keydown', this.onWindowKey, true);
    render(null, this.shadow);
    this.host.remove();
    this.pageStyles?.remove();
    window.scrollTo({ left: this.saved.scrollX, top: this.saved.scrollY, behavior: 'instant' });
    const focused = this.saved.focused as HTMLElement | null;
    if (focused && focused !== document.body && typeof focused.focus === 'function' && focused.isConnected) {
      focused.focus({ preventScroll: true });
    }
    this.host = null;
    this.shadow = null;
    this.pageStyles = null;
    this.saved = null;
    this.liveClutter = null;
  }

  /**
   * A removed block as the page has it now: the analysis found it on a copy of the page, so the
   * live page is searched (once, on the first "show again") for the block of the same kind and
   * label, and its HTML is sanitized like the article's.
   */
  private readonly removedHtml = (index: number): string | null => {
    const wanted = this.analysis?.clutter[index];
    if (!wanted) return null;
    try {
      this.liveClutter ??= findClutter({ doc: document, url: location.href, articleRoot: null });
      const block =
        this.liveClutter.find((b) => b.kind === wanted.kind && b.label === wanted.label) ??
        this.liveClutter.find((b) => b.label === wanted.label);
      if (!block) return null;
      const html = block.elements.map((el) => el.outerHTML).join('\n');
      return sanitizeHtml(html, window as Window & typeof globalThis) || null;
    } catch {
      return null;
    }
  };

  private readonly changeSettings = (patch: Partial<ReaderSettings>) => {
    if (!this.settings) return;
    this.settings = { ...this.settings, ...patch };
    this.pendingSave = { ...this.pendingSave, ...patch };
    this.draw();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushSave(), SAVE_DELAY_MS);
  };

  private flushSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const patch = this.pendingSave;
    if (!Object.keys(patch).length) return;
    updateReaderSettings(patch)
      .catch(() => undefined)
      .finally(() => {
        if (this.pendingSave === patch) this.pendingSave = {};
      });
  }

  private keepFocusInside(e: KeyboardEvent): void {
    const shadow = this.shadow;
    if (!shadow) return;
    const items = [...shadow.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) =>
        !el.closest('[hidden]') &&
        !el.hasAttribute('disabled') &&
        el.getClientRects().length > 0 &&
        !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
    );
    if (!items.length) return;
    const first = items[0];
    const last = items[items.length - 1];
    const active = shadow.activeElement;
    const onView = !active || active.classList.contains('sl-reader');
    if (e.shiftKey && (active === first || onView)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  }

  private draw(): void {
    if (!this.shadow || !this.analysis || !this.settings) return;
    render(
      <ReaderView
        analysis={this.analysis}
        settings={this.settings}
        onClose={this.onExit}
        onSettings={this.changeSettings}
        onPrint={() => window.print()}
        onShowRemoved={this.removedHtml}
      />,
      this.shadow,
    );
  }
}
