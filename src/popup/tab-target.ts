import browser from 'webextension-polyfill';

/**
 * The tab the popup describes: the active tab of the current window, or the one named by
 * `?tab=ID` when the popup page is opened in a tab of its own (keyboard users, and the e2e tests,
 * which cannot click the toolbar button of a headless browser).
 */
export async function targetTab(): Promise<{ id: number; url: string | null } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}
