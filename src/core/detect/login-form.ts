// A password field: login and sign-up pages, and walls in front of profiles. Article pages carry
// one too at times (a login dialog in the page), so it only counts against thin pages.

export function hasPasswordField(doc: Document): boolean {
  return !!doc.querySelector('input[type="password" i]');
}
