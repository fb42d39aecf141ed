// User settings, kept in storage.sync so they follow the user between browsers they sign in to.
// Whatever is stored is checked on the way in: synced data may come from an older or newer version.
import browser from 'webextension-polyfill';
import { ownEntry } from './core/own-entry.ts';
import type { SitePrefs } from './messages.ts';

export type FontChoice = 'serif' | 'sans' | 'mono' | 'readable';
export type Theme = 'system' | 'light' | 'sepia' | 'dark';

export const FONTS: readonly FontChoice[] = ['serif', 'sans', 'mono', 'readable'];
export const THEMES: readonly Theme[] = ['light', 'sepia', 'dark', 'system'];

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

function clamp(value: unknown, limit: { min: number; max: number }, fallback: number): number {
  const n = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(n)) return fallback;
  return Math.min(limit.max, Math.max(limit.min, Math.round(n * 100) / 100));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function mergeReader(raw: unknown): ReaderSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<ReaderSettings>;
  const d = DEFAULT_SETTINGS.reader;
  return {
    font: oneOf(r.font, FONTS, d.font),
    size: clamp(r.size, LIMITS.size, d.size),
    lineHeight: clamp(r.lineHeight, LIMITS.lineHeight, d.lineHeight),
    width: clamp(r.width, LIMITS.width, d.width),
    theme: oneOf(r.theme, THEMES, d.theme),
  };
}

function mergeSites(raw: unknown): Record<string, SitePrefs> {
  if (!raw || typeof raw !== 'object') return {};
  const out: [string, SitePrefs][] = [];
  for (const [host, p] of Object.entries(raw as Record<string, Partial<SitePrefs>>)) {
    const prefs = { alwaysReader: p?.alwaysReader === true, autoDeclutter: p?.autoDeclutter === true };
    // A site with neither choice is no rule at all.
    if (prefs.alwaysReader || prefs.autoDeclutter) out.push([host, prefs]);
  }
  // fromEntries defines own properties: a host named "__proto__" stays a host.
  return Object.fromEntries(out);
}

export function mergeSettings(raw: unknown): Settings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  return {
    reader: mergeReader(s.reader),
    badge: typeof s.badge === 'boolean' ? s.badge : DEFAULT_SETTINGS.badge,
    sites: mergeSites(s.sites),
  };
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.sync.get('settings');
  return mergeSettings(got.settings);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ settings: mergeSettings(settings) });
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = mergeSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

export function updateReaderSettings(patch: Partial<ReaderSettings>): Promise<Settings> {
  return updateSettings((s) => ({ ...s, reader: { ...s.reader, ...patch } }));
}

export function setSitePrefs(host: string, patch: Partial<SitePrefs>): Promise<Settings> {
  return updateSettings((s) => ({
    ...s,
    sites: { ...s.sites, [host]: { ...sitePrefs(s, host), ...patch } },
  }));
}

export function removeSite(host: string): Promise<Settings> {
  return updateSettings((s) => {
    const sites = { ...s.sites };
    delete sites[host];
    return { ...s, sites };
  });
}

export function resetSettings(): Promise<Settings> {
  return updateSettings(() => DEFAULT_SETTINGS);
}

export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes.settings) fn(mergeSettings(changes.settings.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function sitePrefs(settings: Settings, host: string): SitePrefs {
  return ownEntry(settings.sites, host) ?? { alwaysReader: false, autoDeclutter: false };
}
