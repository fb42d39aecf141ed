// What the popup asks of the page it describes: one object over the typed messages to the tab's
// content script, so the popup's views can be tested with a fake page.
import type { TextAnchor } from '../core/types.ts';
import type { AnalysisReply, PageState, RemovedBlock } from '../messages.ts';
import { sendToTab } from '../messages.ts';
import { isClosedToExtensions } from './closed-pages.ts';
import { targetTab } from './tab-target.ts';

export interface PageApi {
  state(): Promise<PageState>;
  analysis(): Promise<AnalysisReply>;
  setReader(on: boolean): Promise<PageState>;
  setDeclutter(on: boolean): Promise<PageState>;
  listRemoved(): Promise<RemovedBlock[]>;
  showRemoved(index: number, shown: boolean): Promise<RemovedBlock[]>;
  highlight(anchor: TextAnchor): Promise<{ found: boolean }>;
}

export type Connection =
  | { kind: 'unsupported' }
  | { kind: 'no-content-script' }
  | { kind: 'connected'; api: PageApi; state: PageState };

export function tabApi(tabId: number): PageApi {
  return {
    state: () => sendToTab(tabId, { type: 'get-state' }),
    analysis: () => sendToTab(tabId, { type: 'get-analysis' }),
    setReader: (on) => sendToTab(tabId, { type: 'set-reader', on }),
    setDeclutter: (on) => sendToTab(tabId, { type: 'set-declutter', on }),
    listRemoved: () => sendToTab(tabId, { type: 'list-removed' }),
    showRemoved: (index, shown) => sendToTab(tabId, { type: 'show-removed', index, shown }),
    highlight: (anchor) => sendToTab(tabId, { type: 'highlight-quote', anchor }),
  };
}

/** Finds the tab and its content script; throws only on unexpected failures (shown as errors). */
export async function connect(): Promise<Connection> {
  const tab = await targetTab();
  if (!tab) return { kind: 'unsupported' };
  // With activeTab the URL is known: browser pages and stores are closed to every extension.
  if (tab.url && isClosedToExtensions(tab.url)) return { kind: 'unsupported' };
  const api = tabApi(tab.id);
  try {
    return { kind: 'connected', api, state: await api.state() };
  } catch {
    // No content script answered: an http(s) page opened before the extension was installed or
    // updated needs a reload; without a URL we cannot tell, and it is most likely a browser page.
    return { kind: tab.url ? 'no-content-script' : 'unsupported' };
  }
}
