// Pages no extension may run on: the browser's own pages (chrome://, about:, moz-extension:, file:
// without permission…) and the extension stores, which Chromium and Firefox both shield from
// content scripts.
const STORES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

export function isClosedToExtensions(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return true;
  return STORES.some((s) => u.hostname === s.host && (!s.path || u.pathname.startsWith(s.path)));
}
