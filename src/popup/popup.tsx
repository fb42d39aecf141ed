// The toolbar popup: what the content script found on the active tab, and the reader-mode switch.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '../core/types.ts';
import { t } from '../i18n.ts';
import { type PageState, sendToTab } from '../messages.ts';
import { targetTab } from './tab-target.ts';

type View =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'no-content-script' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tabId: number; state: PageState & { status: 'ready' }; analysis: Analysis };

async function load(): Promise<View> {
  const tab = await targetTab();
  if (!tab) return { kind: 'unsupported' };
  if (tab.url && !/^https?:/i.test(tab.url)) return { kind: 'unsupported' };
  let state: PageState;
  try {
    state = await sendToTab(tab.id, { type: 'get-state' });
  } catch {
    return { kind: tab.url ? 'no-content-script' : 'unsupported' };
  }
  if (state.status === 'error') return { kind: 'error', message: state.message };
  const reply = await sendToTab(tab.id, { type: 'get-analysis' });
  if (!reply.ok) return { kind: 'error', message: reply.error };
  return { kind: 'ready', tabId: tab.id, state, analysis: reply.analysis };
}

function Popup() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  useEffect(() => {
    load().then(setView, (e) => setView({ kind: 'error', message: String(e?.message ?? e) }));
  }, []);

  if (view.kind === 'loading')
    return (
      <p class="state" role="status">
        {t('popupLoading')}
      </p>
    );
  if (view.kind === 'unsupported')
    return (
      <p class="state" role="status">
        {t('popupUnsupported')}
      </p>
    );
  if (view.kind === 'no-content-script')
    return (
      <p class="state" role="status">
        {t('popupNoContentScript')}
      </p>
    );
  if (view.kind === 'error')
    return (
      <p class="state" role="alert">
        {t('popupError', view.message)}
      </p>
    );

  const { analysis, state, tabId } = view;
  const toggleReader = async () => {
    const next = await sendToTab(tabId, { type: 'set-reader', on: !state.readerOn });
    if (next.status === 'ready') setView({ ...view, state: next });
  };
  return (
    <>
      {analysis.outlet.name && (
        <p class="outlet" data-testid="outlet">
          {analysis.outlet.name}
        </p>
      )}
      <h1 data-testid="title">{analysis.title}</h1>
      <p class="meta" data-testid="byline">
        {analysis.authors.length
          ? `${t('byline')} ${analysis.authors.map((a) => a.name).join(', ')}`
          : t('noByline')}
      </p>
      {!state.isArticle && <p class="state">{t('popupNotArticle')}</p>}
      <div class="switch">
        <span id="reader-label">{t('readerMode')}</span>
        <button
          type="button"
          data-testid="reader-toggle"
          aria-labelledby="reader-label"
          aria-pressed={state.readerOn}
          onClick={toggleReader}
        >
          {state.readerOn ? 'On' : 'Off'}
        </button>
      </div>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
