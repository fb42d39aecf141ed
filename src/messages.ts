// The one message protocol between content script, background and extension pages: each
// direction is a discriminated union, each message type has one response type, and `send*`
// helpers are typed all the way through.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Analysis, TextAnchor } from './core/types.ts';

/** What the content script reports about its page. */
export type PageState =
  | {
      status: 'ready';
      isArticle: boolean;
      articleScore: number;
      readerOn: boolean;
      declutterOn: boolean;
      url: string;
    }
  | { status: 'error'; message: string; url: string };

export interface RemovedBlock {
  index: number;
  kind: string;
  label: string;
  chars: number;
  hidden: boolean;
}

/** Content script -> background. */
export type ContentToBackground =
  | { type: 'page-state'; state: PageState }
  | { type: 'get-site-prefs'; host: string };

/** Extension pages and background -> content script (via tabs.sendMessage). */
export type ToContent =
  | { type: 'get-state' }
  | { type: 'get-analysis' }
  | { type: 'set-reader'; on: boolean | 'toggle' }
  | { type: 'set-declutter'; on: boolean | 'toggle' }
  | { type: 'list-removed' }
  | { type: 'show-removed'; index: number; shown: boolean }
  | { type: 'highlight-quote'; anchor: TextAnchor };

export type AnalysisReply = { ok: true; analysis: Analysis } | { ok: false; error: string };

export interface SitePrefs {
  alwaysReader: boolean;
  autoDeclutter: boolean;
}

export interface Responses {
  'page-state': undefined;
  'get-site-prefs': SitePrefs;
  'get-state': PageState;
  'get-analysis': AnalysisReply;
  'set-reader': PageState;
  'set-declutter': PageState;
  'list-removed': RemovedBlock[];
  'show-removed': RemovedBlock[];
  'highlight-quote': { found: boolean };
}

export type Message = ContentToBackground | ToContent;
export type MessageType = Message['type'];
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;
export type Handlers<M extends Message> = {
  [K in M['type']]: (
    msg: Extract<M, { type: K }>,
    sender: Runtime.MessageSender,
  ) => Promise<Responses[K]> | Responses[K];
};

export function sendToBackground<M extends ContentToBackground>(msg: M): Promise<Responses[M['type']]> {
  return browser.runtime.sendMessage(msg) as Promise<Responses[M['type']]>;
}

export function sendToTab<M extends ToContent>(tabId: number, msg: M): Promise<Responses[M['type']]> {
  return browser.tabs.sendMessage(tabId, msg) as Promise<Responses[M['type']]>;
}

/** Sent by one of our own pages or the background (not a content script). */
export function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/** Sent by our content script in a tab. */
export function fromContentScript(sender: Runtime.MessageSender): boolean {
  return sender.tab?.id !== undefined && !fromExtensionPage(sender);
}

/**
 * Listens for one direction's messages. Anything not from this extension, not of a known type, or
 * (with `fromTabs`) not from a content script in a tab is dropped, so pages cannot drive us.
 */
export function listen<M extends Message>(
  handlers: Handlers<M>,
  accept: (sender: Runtime.MessageSender) => boolean,
): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !accept(sender)) return undefined;
    const msg = raw as M;
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string' || !Object.hasOwn(handlers, msg.type))
      return undefined;
    const handler = handlers[msg.type as M['type']] as (m: M, s: Runtime.MessageSender) => unknown;
    return Promise.resolve().then(() => handler(msg, sender));
  });
}
