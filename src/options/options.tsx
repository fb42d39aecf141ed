// The settings page: reader typography and theme (with a live preview), the toolbar badge, the
// keyboard shortcut, per-site rules (list, change, remove) and a reset to defaults.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../i18n.ts';
import { TypographyControls } from '../reader/TypographyControls.tsx';
import {
  loadSettings,
  onSettingsChanged,
  type ReaderSettings,
  removeSite,
  resetSettings,
  type Settings,
  setSitePrefs,
  updateReaderSettings,
  updateSettings,
} from '../settings.ts';

const SAVE_DELAY_MS = 300;

function Preview({ reader }: { reader: ReaderSettings }) {
  return (
    <div
      class="sl-reader preview"
      data-theme={reader.theme}
      data-font={reader.font}
      data-testid="preview"
      style={{
        '--sl-size': `${reader.size}px`,
        '--sl-line': String(reader.lineHeight),
        '--sl-width': `${reader.width}ch`,
      }}
    >
      <div class="sl-article">
        <p class="sl-outlet">{t('previewOutlet')}</p>
        <p class="sl-title preview-title">{t('previewTitle')}</p>
        <div class="sl-content">
          <p>{t('previewText')}</p>
        </div>
      </div>
    </div>
  );
}

function Shortcut() {
  const [keys, setKeys] = useState<string | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setKeys(all.find((c) => c.name === 'toggle-reader')?.shortcut || ''))
      .catch(() => setKeys(''));
  }, []);
  if (keys === null) return null;
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('shortcutHeading')}</h2>
      <p data-testid="shortcut">
        {keys ? (
          <>
            {t('shortcutIs')} <kbd>{keys}</kbd>
          </>
        ) : (
          t('shortcutNone')
        )}
      </p>
      <p class="muted">{t('shortcutHow')}</p>
    </section>
  );
}

function SiteRules({ settings, announce }: { settings: Settings; announce: (s: string) => void }) {
  const hosts = Object.keys(settings.sites).sort();
  if (!hosts.length)
    return (
      <p class="muted" data-testid="no-sites">
        {t('noSiteRules')}
      </p>
    );
  return (
    <table class="sites" data-testid="site-rules">
      <caption class="visually-hidden">{t('siteRules')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('site')}</th>
          <th scope="col">{t('alwaysReaderShort')}</th>
          <th scope="col">{t('autoDeclutterShort')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {hosts.map((host) => {
          const prefs = settings.sites[host];
          return (
            <tr key={host} data-testid="site-rule" data-host={host}>
              <th scope="row">{host}</th>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('alwaysReaderOn', host)}
                  checked={prefs.alwaysReader}
                  onChange={(e) =>
                    setSitePrefs(host, { alwaysReader: (e.currentTarget as HTMLInputElement).checked })
                  }
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('autoDeclutterOn', host)}
                  checked={prefs.autoDeclutter}
                  onChange={(e) =>
                    setSitePrefs(host, { autoDeclutter: (e.currentTarget as HTMLInputElement).checked })
                  }
                />
              </td>
              <td>
                <button
                  type="button"
                  data-testid="remove-site"
                  aria-label={t('removeSiteRule', host)}
                  onClick={async () => {
                    await removeSite(host);
                    announce(t('siteRuleRemoved', host));
                  }}
                >
                  {t('remove')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const pending = useRef<Partial<ReaderSettings>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings);
    return onSettingsChanged((s) => setSettings({ ...s, reader: { ...s.reader, ...pending.current } }));
  }, []);

  const announce = (text: string) => {
    setAnnouncement('');
    setTimeout(() => setAnnouncement(text), 50);
  };

  if (!settings) return <p role="status">{t('loadingSettings')}</p>;

  const changeReader = (patch: Partial<ReaderSettings>) => {
    pending.current = { ...pending.current, ...patch };
    setSettings({ ...settings, reader: { ...settings.reader, ...patch } });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const saved = pending.current;
      await updateReaderSettings(saved);
      if (pending.current === saved) pending.current = {};
    }, SAVE_DELAY_MS);
  };

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="reader-heading">
        <h2 id="reader-heading">{t('readerHeading')}</h2>
        <div class="reader-settings">
          <TypographyControls settings={settings.reader} onChange={changeReader} idPrefix="opt" />
          <Preview reader={settings.reader} />
        </div>
      </section>
      <section aria-labelledby="badge-heading">
        <h2 id="badge-heading">{t('toolbarHeading')}</h2>
        <label>
          <input
            type="checkbox"
            data-testid="badge-setting"
            checked={settings.badge}
            onChange={(e) => {
              const badge = (e.currentTarget as HTMLInputElement).checked;
              updateSettings((s) => ({ ...s, badge }));
            }}
          />{' '}
          {t('badgeSetting')}
        </label>
      </section>
      <Shortcut />
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('siteRules')}</h2>
        <p class="muted">{t('siteRulesHelp')}</p>
        <SiteRules settings={settings} announce={announce} />
      </section>
      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">{t('resetHeading')}</h2>
        {confirming ? (
          <fieldset class="confirm">
            <legend>{t('resetQuestion')}</legend>
            <button
              type="button"
              class="danger"
              data-testid="reset-confirm"
              onClick={async () => {
                pending.current = {};
                setSettings(await resetSettings());
                setConfirming(false);
                announce(t('resetDone'));
              }}
            >
              {t('resetConfirm')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </fieldset>
        ) : (
          <button type="button" data-testid="reset" onClick={() => setConfirming(true)}>
            {t('resetButton')}
          </button>
        )}
      </section>
      <p class="visually-hidden" role="status" data-testid="announcement">
        {announcement}
      </p>
    </>
  );
}

document.documentElement.lang = uiLanguage();
document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
