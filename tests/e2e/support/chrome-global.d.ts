// Code passed to the extension's service worker through playwright's worker.evaluate runs there,
// where the `chrome` namespace exists; the e2e tests only need it loosely typed.
// biome-ignore lint/suspicious/noExplicitAny: see above
declare const chrome: any;
