// Reader mode as an overlay in a closed shadow root: the page's DOM, scroll position, form input
// and focus stay untouched underneath, so switching off restores the page exactly, and the page's
// CSS and scripts cannot reach into the view.
import { render } from 'preact';
import type { Analysis } from '../core/types.ts';
import { ReaderView } from '../reader/ReaderView.tsx';
import readerCss from '../reader/reader.css?inline';
import type { ReaderSettings } from '../settings.ts';
import { adoptStyles } from './adopt-styles.ts';

interface Saved {
  htmlStyle: string | null;
  scrollX: number;
  scrollY: number;
  focused: Element | null;
}

export class ReaderOverlay {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private saved: Saved | null = null;
  private analysis: Analysis | null = null;
  private settings: ReaderSettings | null = null;
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.stopPropagation();
      this.onEscape();
    }
  };

  constructor(private readonly onEscape: () => void) {}

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
    const html = doc.documentElement;
    this.saved = {
      htmlStyle: html.getAttribute('style'),
      scrollX: window.scrollX,
      scrollY: window.scrollY,
      focused: doc.activeElement,
    };
    const host = doc.createElement('sourcelight-reader');
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow, readerCss);
    this.host = host;
    this.shadow = shadow;
    this.analysis = analysis;
    this.settings = settings;
    html.appendChild(host);
    // Keep the page from scrolling behind the view; undone to the byte on close.
    html.style.setProperty('overflow', 'hidden', 'important');
    shadow.addEventListener('keydown', this.onKey as EventListener);
    this.draw();
    (shadow.querySelector('.sl-close') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  update(settings: ReaderSettings): void {
    this.settings = settings;
    this.draw();
  }

  close(): void {
    if (!this.host || !this.shadow || !this.saved) return;
    render(null, this.shadow);
    this.host.remove();
    const html = document.documentElement;
    if (this.saved.htmlStyle === null) html.removeAttribute('style');
    else html.setAttribute('style', this.saved.htmlStyle);
    window.scrollTo(this.saved.scrollX, this.saved.scrollY);
    const focused = this.saved.focused as HTMLElement | null;
    if (focused && focused !== document.body && typeof focused.focus === 'function' && focused.isConnected) {
      focused.focus({ preventScroll: true });
    }
    this.host = null;
    this.shadow = null;
    this.saved = null;
  }

  private draw(): void {
    if (!this.shadow || !this.analysis || !this.settings) return;
    render(
      <ReaderView analysis={this.analysis} settings={this.settings} onClose={this.onEscape} />,
      this.shadow,
    );
  }
}
