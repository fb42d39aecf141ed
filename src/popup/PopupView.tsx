// The toolbar popup: what Sourcelight found on the tab, in one of a few clear states — analysing,
// not an article (with "Try reader mode anyway"), a page extensions cannot run on, a page that needs
// a reload, an error — or the article's annotations with the reader and declutter controls.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Analysis, TextAnchor } from '../core/types.ts';
import { t } from '../i18n.ts';
import type { PageState } from '../messages.ts';
import { ArticleSummary } from './ArticleSummary.tsx';
import { ExpertList } from './ExpertList.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { PageControls } from './PageControls.tsx';
import type { Connection, PageApi } from './page-api.ts';

type ReadyState = PageState & { status: 'ready' };

type View =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'no-content-script' }
  | { kind: 'error'; message: string }
  | { kind: 'not-article'; api: PageApi; state: ReadyState }
  | { kind: 'article'; api: PageApi; state: ReadyState; analysis: Analysis };

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function loadView(connect: () => Promise<Connection>): Promise<View> {
  const conn = await connect();
  if (conn.kind !== 'connected') return { kind: conn.kind };
  const { api, state } = conn;
  if (state.status === 'error') return { kind: 'error', message: state.message };
  // A page that is not an article is not analysed until the reader asks for reader mode.
  if (!state.isArticle && !state.readerOn) return { kind: 'not-article', api, state };
  const reply = await api.analysis();
  if (!reply.ok) return { kind: 'error', message: reply.error };
  return { kind: 'article', api, state, analysis: reply.analysis };
}

function Footer() {
  return (
    <footer class="footer">
      <button
        type="button"
        class="link"
        data-testid="open-options"
        onClick={() => browser.runtime.openOptionsPage()}
      >
        {t('openSettings')}
      </button>
    </footer>
  );
}

function Status({ text, alert, children }: { text: string; alert?: boolean; children?: ComponentChildren }) {
  return (
    <div class={alert ? 'state error' : 'state'} data-testid="popup-state">
      <p role={alert ? 'alert' : 'status'}>{text}</p>
      {children}
    </div>
  );
}

export function Popup({ connect }: { connect: () => Promise<Connection> }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  const reload = useCallback(() => {
    setView({ kind: 'loading' });
    loadView(connect).then(setView, (e) => setView({ kind: 'error', message: message(e) }));
  }, [connect]);
  useEffect(reload, [reload]);

  const announce = (text: string) => {
    // Clearing first makes a repeated message ("Copied") be announced again.
    setAnnouncement('');
    setTimeout(() => setAnnouncement(text), 50);
  };
  const live = (
    <p class="visually-hidden" role="status" data-testid="announcement">
      {announcement}
    </p>
  );

  if (view.kind === 'loading')
    return (
      <div class="state loading" data-testid="popup-state" aria-busy="true">
        <span class="spinner" aria-hidden="true" />
        <p role="status">{t('popupLoading')}</p>
      </div>
    );
  if (view.kind === 'unsupported')
    return (
      <>
        <Status text={t('popupUnsupported')} />
        <Footer />
      </>
    );
  if (view.kind === 'no-content-script')
    return (
      <>
        <Status text={t('popupNoContentScript')} />
        <Footer />
      </>
    );
  if (view.kind === 'error')
    return (
      <>
        <Status text={t('popupError', view.message)} alert>
          <button type="button" data-testid="retry" onClick={reload}>
            {t('retry')}
          </button>
        </Status>
        <Footer />
      </>
    );

  const setState = (s: PageState) => {
    if (s.status === 'error') setView({ kind: 'error', message: s.message });
    else if (view.kind === 'not-article' && s.readerOn) reload();
    else setView({ ...view, state: s });
  };

  if (view.kind === 'not-article')
    return (
      <>
        <Status text={t('popupNotArticle')}>
          <button
            type="button"
            class="primary"
            data-testid="try-reader"
            onClick={async () => {
              try {
                setState(await view.api.setReader(true));
              } catch (e) {
                setView({ kind: 'error', message: message(e) });
              }
            }}
          >
            {t('popupTryReader')}
          </button>
        </Status>
        <Footer />
      </>
    );

  const { api, analysis, state } = view;
  const onQuote = async (anchor: TextAnchor) => {
    const { found } = await api.highlight(anchor);
    announce(found ? t('quoteShown') : t('quoteNotFound'));
    return found;
  };
  return (
    <>
      <ArticleSummary analysis={analysis} />
      {!state.isArticle && <p class="muted note">{t('popupNotArticle')}</p>}
      <PageControls api={api} state={state} onState={setState} />
      <ExpertList experts={analysis.experts} onQuote={onQuote} />
      <ExportPanel analysis={analysis} announce={announce} />
      <Footer />
      {live}
    </>
  );
}
