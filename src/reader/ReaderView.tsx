// The reader view: the sanitized article with its title, outlet, byline, dates and reading time,
// in the user's typography and theme, with a text-settings panel, print and close.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../core/types.ts';
import { formatDate, plural, t, uiLanguage } from '../i18n.ts';
import type { ReaderSettings } from '../settings.ts';
import { Byline } from './Byline.tsx';
import { kindLabel } from './kind-label.ts';
import { TypographyControls } from './TypographyControls.tsx';

export interface ReaderViewProps {
  analysis: Analysis;
  settings: ReaderSettings;
  onClose: () => void;
  onSettings: (patch: Partial<ReaderSettings>) => void;
  onPrint: () => void;
  /** The sanitized HTML of the analysis's clutter block `index` as the page has it now, or null. */
  onShowRemoved?: (index: number) => string | null;
}

/** The modification date is worth showing when it is a different moment from publication. */
function updatedDate(analysis: Analysis): string | null {
  if (!analysis.modified) return null;
  const p = analysis.published ? Date.parse(analysis.published) : Number.NaN;
  const m = Date.parse(analysis.modified);
  if (!Number.isNaN(p) && !Number.isNaN(m) && Math.abs(m - p) < 60_000) return null;
  return formatDate(analysis.modified);
}

/** In-article links such as footnotes ("#fn1") move within the view instead of leaving it. */
function followFragment(e: MouseEvent): void {
  const a = (e.target as Element | null)?.closest?.('a');
  const href = a?.getAttribute('href');
  if (!a || !href?.startsWith('#') || href.length < 2) return;
  e.preventDefault();
  const root = a.getRootNode() as ShadowRoot | Document;
  const id = decodeURIComponent(href.slice(1));
  const target = root.getElementById?.(id) ?? null;
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  (target as HTMLElement).focus({ preventScroll: true });
}

/** What reader mode left out, each block with a "show again" that brings it back in the view. */
function RemovedBlocks({
  analysis,
  onShow,
}: {
  analysis: Analysis;
  onShow: (index: number) => string | null;
}) {
  const [shown, setShown] = useState<Record<number, string | null>>({});
  if (!analysis.clutter.length) return null;
  return (
    <details class="sl-removed" data-testid="reader-removed">
      <summary>{plural('removedCount', analysis.clutter.length)}</summary>
      <ul>
        {analysis.clutter.map((block, i) => {
          const open = i in shown;
          const id = `sl-removed-${i}`;
          return (
            <li key={id}>
              <div class="sl-removed-row">
                <span>
                  <span class="sl-kind">{kindLabel(block.kind)}</span> {block.label}
                </span>
                <button
                  type="button"
                  class="sl-button sl-small"
                  aria-expanded={open}
                  aria-controls={open ? id : undefined}
                  onClick={() => {
                    const next = { ...shown };
                    if (open) delete next[i];
                    else next[i] = onShow(i);
                    setShown(next);
                  }}
                >
                  {open ? t('hideAgain') : t('showAgain')}
                </button>
              </div>
              {open &&
                (shown[i] ? (
                  // Sanitized by core/sanitize.ts in the overlay, like the article itself.
                  <div
                    id={id}
                    class="sl-removed-content"
                    dangerouslySetInnerHTML={{ __html: shown[i] ?? '' }}
                  />
                ) : (
                  <p id={id} class="sl-removed-content">
                    {t('removedGone')}
                  </p>
                ))}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export function ReaderView({
  analysis,
  settings,
  onClose,
  onSettings,
  onPrint,
  onShowRemoved,
}: ReaderViewProps) {
  const [panelOpen, setPanelOpen] = useState(false);
  const panelButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const published = formatDate(analysis.published);
  const updated = updatedDate(analysis);
  const outlet = analysis.outlet.name ?? analysis.outlet.domain;
  // The view's own words are in the UI language; the article keeps its own.
  const ui = uiLanguage();

  useEffect(() => {
    if (panelOpen) panel.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }, [panelOpen]);

  const closePanel = () => {
    setPanelOpen(false);
    panelButton.current?.focus();
  };

  // Listeners on the DOM rather than JSX props: the article body is foreign HTML, and Escape in
  // the panel must close the panel before the overlay sees it and closes the view.
  useEffect(() => {
    const el = content.current;
    el?.addEventListener('click', followFragment);
    return () => el?.removeEventListener('click', followFragment);
  }, [analysis.html]);
  useEffect(() => {
    const el = panel.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      setPanelOpen(false);
      panelButton.current?.focus();
    };
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div
      class="sl-reader"
      lang={ui}
      data-theme={settings.theme}
      data-font={settings.font}
      role="dialog"
      aria-modal="true"
      aria-labelledby={analysis.title ? 'sl-title' : undefined}
      aria-label={analysis.title ? undefined : t('readerLabel')}
      tabIndex={-1}
      style={{
        '--sl-size': `${settings.size}px`,
        '--sl-line': String(settings.lineHeight),
        '--sl-width': `${settings.width}ch`,
      }}
    >
      <div class="sl-toolbar">
        <span class="sl-brand">{t('extName')}</span>
        <button
          type="button"
          class="sl-button sl-aa"
          ref={panelButton}
          aria-expanded={panelOpen}
          aria-controls="sl-panel"
          title={t('textSettings')}
          onClick={() => (panelOpen ? closePanel() : setPanelOpen(true))}
        >
          <span aria-hidden="true">Aa</span>
          <span class="sl-visually-hidden">{t('textSettings')}</span>
        </button>
        <button type="button" class="sl-button sl-print" title={t('print')} onClick={onPrint}>
          {t('print')}
        </button>
        <button
          type="button"
          class="sl-button sl-close"
          title={t('closeReaderHint')}
          aria-label={t('closeReader')}
          onClick={onClose}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <section id="sl-panel" class="sl-panel" aria-label={t('textSettings')} hidden={!panelOpen} ref={panel}>
        <TypographyControls settings={settings} onChange={onSettings} idPrefix="sl-tc" />
      </section>
      <article
        class="sl-article"
        lang={analysis.lang ?? undefined}
        dir={analysis.dir === 'rtl' ? 'rtl' : analysis.dir === 'ltr' ? 'ltr' : undefined}
      >
        <header class="sl-header">
          {outlet && <p class="sl-outlet">{outlet}</p>}
          {analysis.title && (
            <h1 class="sl-title" id="sl-title">
              {analysis.title}
            </h1>
          )}
          {analysis.authors.length > 0 && (
            <p class="sl-byline">
              <span lang={ui}>{plural('bylineLabel', analysis.authors.length)}</span>{' '}
              <Byline authors={analysis.authors} base={analysis.url} />
            </p>
          )}
          <p class="sl-meta" lang={ui}>
            {published && (
              <time class="sl-published" dateTime={analysis.published ?? undefined}>
                {published}
              </time>
            )}
            {updated && (
              <span class="sl-updated">
                {t('updated')} <time dateTime={analysis.modified ?? undefined}>{updated}</time>
              </span>
            )}
            {analysis.readingMinutes > 0 && (
              <span class="sl-reading-time">{t('readingTime', analysis.readingMinutes)}</span>
            )}
          </p>
        </header>
        {analysis.html ? (
          // analysis.html is DOMPurify-sanitized in core/sanitize.ts
          <div class="sl-content" ref={content} dangerouslySetInnerHTML={{ __html: analysis.html }} />
        ) : (
          <p class="sl-empty" role="status">
            {t('readerNoContent')}
          </p>
        )}
        {onShowRemoved && (
          <div lang={ui}>
            <RemovedBlocks analysis={analysis} onShow={onShowRemoved} />
          </div>
        )}
      </article>
    </div>
  );
}
