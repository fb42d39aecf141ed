// Single-page apps change the URL with history.pushState, which a content script cannot observe
// directly (it runs in an isolated world). The Navigation API reports it where it exists
// (Chromium); elsewhere a cheap URL check on popstate and at a slow interval catches it.
export function watchNavigation(onChange: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href !== last) {
      last = location.href;
      onChange();
    }
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigatesuccess', () => setTimeout(check, 0));
  }
  addEventListener('popstate', check);
  addEventListener('hashchange', check);
  setInterval(check, 1000);
}
