// Every user-facing string goes through browser.i18n (public/_locales/*/messages.json).
import browser from 'webextension-polyfill';

export function t(key: string, ...subs: (string | number)[]): string {
  const s = browser.i18n.getMessage(key, subs.map(String));
  return s || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
