// Background (service worker in Chromium, event page in Firefox): the badge on article pages, the
// toolbar icon for reader mode, the keyboard command and the context menu.
import browser, { type Tabs } from 'webextension-polyfill';
import {
  type ContentToBackground,
  fromContentScript,
  type Handlers,
  listen,
  type PageState,
  sendToTab,
} from '../messages.ts';
import { loadSettings, sitePrefs } from '../settings.ts';

const MENU_TOGGLE_READER = 'sourcelight-toggle-reader';
const ICON = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' };
const ICON_ON = { 16: 'icons/icon-on-16.png', 32: 'icons/icon-on-32.png' };

async function showState(tabId: number, state: PageState): Promise<void> {
  const settings = await loadSettings();
  const article = state.status === 'ready' && state.isArticle;
  const readerOn = state.status === 'ready' && state.readerOn;
  await browser.action.setBadgeText({ tabId, text: article && settings.badge ? '•' : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1a73e8' });
  await browser.action.setIcon({ tabId, path: readerOn ? ICON_ON : ICON });
  await browser.action.setTitle({
    tabId,
    title: browser.i18n.getMessage(
      readerOn ? 'actionTitleReaderOn' : article ? 'actionTitleArticle' : 'actionTitle',
    ),
  });
}

const handlers: Handlers<ContentToBackground> = {
  'page-state': async (m, sender) => {
    if (sender.tab?.id !== undefined) await showState(sender.tab.id, m.state);
    return undefined;
  },
  'get-site-prefs': async (m) => sitePrefs(await loadSettings(), m.host),
};

// Only content scripts in tabs talk to the background this way.
listen<ContentToBackground>(handlers, fromContentScript);

async function toggleReader(tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  try {
    await sendToTab(tab.id, { type: 'set-reader', on: 'toggle' });
  } catch {
    // No content script there (a browser page, a store, or a page loaded before install).
  }
}

browser.commands.onCommand.addListener(async (command, tab?: Tabs.Tab) => {
  if (command !== 'toggle-reader') return;
  // Chromium and recent Firefox pass the tab the command was given in; older Firefox does not.
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  await toggleReader(target);
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_TOGGLE_READER,
      title: browser.i18n.getMessage('menuToggleReader'),
      contexts: ['page'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    }),
  );
});

browser.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId === MENU_TOGGLE_READER) await toggleReader(tab);
});
