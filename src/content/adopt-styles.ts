// Styles for our shadow roots and the page. Constructed style sheets are not subject to the page's
// CSP style-src (a <style> element is), and they never show in the page's serialized DOM, so adding
// and removing one leaves the page's DOM exactly as it was.

export interface AdoptedStyles {
  remove(): void;
}

export function adoptStyles(root: ShadowRoot | Document, css: string): AdoptedStyles {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return {
      remove() {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    // Firefox content scripts see the page's constructor through Xray wrappers and may refuse to
    // adopt a sheet made in the content script's compartment: fall back to a <style> element, in
    // our own shadow root only (never in the page's DOM).
    if (root instanceof ShadowRoot) {
      const style = document.createElement('style');
      style.textContent = css;
      root.prepend(style);
      return { remove: () => style.remove() };
    }
    return { remove() {} };
  }
}
