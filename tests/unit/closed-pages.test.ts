// Pages where no extension can run (src/popup/closed-pages.ts): the popup says so instead of failing.
import { expect, test } from 'vitest';
import { isClosedToExtensions } from '../../src/popup/closed-pages.ts';

test('browser pages and extension stores are closed, ordinary sites are not', () => {
  for (const url of [
    'chrome://settings/',
    'about:addons',
    'chrome-extension://abc/popup.html',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://microsoftedge.microsoft.com/addons/detail/x',
    'not a url',
  ])
    expect(isClosedToExtensions(url), url).toBe(true);
  for (const url of [
    'https://www.google.com/search?q=x',
    'http://127.0.0.1:8080/a',
    'https://chrome.google.com/other',
  ])
    expect(isClosedToExtensions(url), url).toBe(false);
});
