// Styles for our shadow roots. Constructed style sheets are not subject to the page's CSP
// style-src (a <style> element is), and they never show in the page's serialized DOM.
export function adoptStyles(root: ShadowRoot | Document, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Firefox content scripts see the page's constructor through Xray wrappers and may refuse to
    // adopt a sheet made in the content script's compartment: fall back to a <style> element.
    if (root instanceof ShadowRoot) {
      const style = document.createElement('style');
      style.textContent = css;
      root.prepend(style);
    }
  }
}
