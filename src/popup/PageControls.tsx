// What the reader can do to the page: reader mode, clutter removal in place (with every removed
// block listed and a one-click "show again"), and the per-site choices that repeat them on load.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import type { PageState, RemovedBlock, SitePrefs } from '../messages.ts';
import { kindLabel } from '../reader/kind-label.ts';
import { loadSettings, setSitePrefs, sitePrefs } from '../settings.ts';
import type { PageApi } from './page-api.ts';

type ReadyState = PageState & { status: 'ready' };

export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

function Toggle({
  id,
  label,
  on,
  onToggle,
  testId,
}: {
  id: string;
  label: string;
  on: boolean;
  onToggle: () => void;
  testId: string;
}) {
  return (
    <div class="switch">
      <span id={id}>{label}</span>
      <span class="toggle-row">
        {/* The state is aria-pressed for assistive technology; the word is for the eye. */}
        <span class="toggle-text" aria-hidden="true">
          {on ? t('on') : t('off')}
        </span>
        <button
          type="button"
          class="toggle"
          data-testid={testId}
          aria-labelledby={id}
          aria-pressed={on}
          onClick={onToggle}
        >
          <span class="track">
            <span class="thumb" />
          </span>
        </button>
      </span>
    </div>
  );
}

function RemovedList({
  api,
  blocks,
  setBlocks,
}: {
  api: PageApi;
  blocks: RemovedBlock[];
  setBlocks: (b: RemovedBlock[]) => void;
}) {
  if (!blocks.length) return <p class="muted">{t('noClutterFound')}</p>;
  return (
    <ul class="removed" aria-label={t('removedBlocks')} data-testid="removed-list">
      {blocks.map((b) => (
        <li
          key={b.index}
          class={b.hidden ? 'removed-block' : 'removed-block shown'}
          data-testid="removed-block"
        >
          <span class="removed-label">
            <span class="kind">{kindLabel(b.kind)}</span> {b.label}
          </span>
          <button
            type="button"
            class="small"
            data-testid="show-again"
            aria-pressed={!b.hidden}
            onClick={async () => setBlocks(await api.showRemoved(b.index, b.hidden))}
          >
            {b.hidden ? t('showAgain') : t('hideAgain')}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function PageControls({
  api,
  state,
  onState,
}: {
  api: PageApi;
  state: ReadyState;
  onState: (s: PageState) => void;
}) {
  const host = hostOf(state.url);
  const [prefs, setPrefs] = useState<SitePrefs | null>(null);
  const [blocks, setBlocks] = useState<RemovedBlock[] | null>(null);

  useEffect(() => {
    if (host) loadSettings().then((s) => setPrefs(sitePrefs(s, host)));
  }, [host]);

  useEffect(() => {
    if (state.declutterOn) api.listRemoved().then(setBlocks, () => setBlocks([]));
    else setBlocks(null);
  }, [state.declutterOn, api]);

  const changePref = async (patch: Partial<SitePrefs>) => {
    if (!host) return;
    const next = await setSitePrefs(host, patch);
    setPrefs(sitePrefs(next, host));
    // Choosing "always" for this site also applies it to the page in front of the reader now.
    if (patch.alwaysReader && !state.readerOn) onState(await api.setReader(true));
    if (patch.autoDeclutter && !state.declutterOn) onState(await api.setDeclutter(true));
  };

  return (
    <section class="controls" aria-label={t('pageControls')}>
      <Toggle
        id="reader-label"
        label={t('readerMode')}
        on={state.readerOn}
        testId="reader-toggle"
        onToggle={async () => onState(await api.setReader(!state.readerOn))}
      />
      <Toggle
        id="declutter-label"
        label={t('declutter')}
        on={state.declutterOn}
        testId="declutter-toggle"
        onToggle={async () => onState(await api.setDeclutter(!state.declutterOn))}
      />
      {blocks && <RemovedList api={api} blocks={blocks} setBlocks={setBlocks} />}
      {host && prefs && (
        <fieldset class="site-prefs">
          <legend>{t('thisSite', host)}</legend>
          <label>
            <input
              type="checkbox"
              data-testid="always-reader"
              checked={prefs.alwaysReader}
              onChange={(e) => changePref({ alwaysReader: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {t('alwaysReader')}
          </label>
          <label>
            <input
              type="checkbox"
              data-testid="auto-declutter"
              checked={prefs.autoDeclutter}
              onChange={(e) => changePref({ autoDeclutter: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {t('autoDeclutter')}
          </label>
        </fieldset>
      )}
    </section>
  );
}
