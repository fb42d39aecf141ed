// A stand-in for webextension-polyfill in component tests: browser.i18n answers from the real
// public/_locales files (so the tests also prove every message the views use exists), storage.sync
// is an in-memory map with onChanged events.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES = resolve(import.meta.dirname, '../../../public/_locales');

export function loadMessages(lang: string): Messages {
  return JSON.parse(readFileSync(resolve(LOCALES, lang, 'messages.json'), 'utf8'));
}

/** chrome.i18n.getMessage's substitution: named placeholders whose content is $1…$9. */
export function formatMessage(messages: Messages, key: string, subs: string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, i: string) => subs[Number(i) - 1] ?? '');
  });
}

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export function createFakeBrowser(lang = 'en') {
  let messages = loadMessages(lang);
  let uiLanguage = lang;
  let store: Record<string, unknown> = {};
  const listeners = new Set<Listener>();
  return {
    setLanguage(next: string) {
      messages = loadMessages(next);
      uiLanguage = next;
    },
    resetStorage() {
      store = {};
    },
    i18n: {
      getMessage: (key: string, subs?: string[]) =>
        key === '@@bidi_dir'
          ? 'ltr'
          : key === '@@ui_locale'
            ? uiLanguage
            : formatMessage(messages, key, subs ?? []),
      getUILanguage: () => `${uiLanguage}-XX`,
    },
    storage: {
      sync: {
        async get(key: string) {
          return key in store ? { [key]: structuredClone(store[key]) } : {};
        },
        async set(items: Record<string, unknown>) {
          const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
          for (const [k, v] of Object.entries(items)) {
            changes[k] = { oldValue: store[k], newValue: structuredClone(v) };
            store[k] = structuredClone(v);
          }
          for (const l of listeners) l(changes, 'sync');
        },
      },
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
    runtime: { openOptionsPage: async () => undefined, id: 'test', getURL: (p: string) => `ext://test/${p}` },
    commands: { getAll: async () => [{ name: 'toggle-reader', shortcut: 'Alt+Shift+L' }] },
  };
}

export const fakeBrowser = createFakeBrowser('en');
