// User settings, kept in storage.sync so they follow the user between browsers they sign in to.
import browser from 'webextension-polyfill';
import type { SitePrefs } from './messages.ts';

export type FontChoice = 'serif' | 'sans' | 'mono' | 'readable';
export type Theme = 'system' | 'light' | 'sepia' | 'dark';

export interface ReaderSettings {
  font: FontChoice;
  /** Font size in px. */
  size: number;
  lineHeight: number;
  /** Content width in ch. */
  width: number;
  theme: Theme;
}

export interface Settings {
  reader: ReaderSettings;
  /** Show the badge on article pages. */
  badge: boolean;
  /** Per-site choices, keyed by host name. */
  sites: Record<string, SitePrefs>;
}

export const DEFAULT_SETTINGS: Settings = {
  reader: { font: 'serif', size: 19, lineHeight: 1.6, width: 68, theme: 'system' },
  badge: true,
  sites: {},
};

export const LIMITS = {
  size: { min: 12, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 40, max: 100, step: 4 },
} as const;

function merge(raw: unknown): Settings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  return {
    reader: { ...DEFAULT_SETTINGS.reader, ...(s.reader ?? {}) },
    badge: typeof s.badge === 'boolean' ? s.badge : DEFAULT_SETTINGS.badge,
    sites: { ...(s.sites ?? {}) },
  };
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.sync.get('settings');
  return merge(got.settings);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ settings });
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = merge(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes.settings) fn(merge(changes.settings.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function sitePrefs(settings: Settings, host: string): SitePrefs {
  return settings.sites[host] ?? { alwaysReader: false, autoDeclutter: false };
}
