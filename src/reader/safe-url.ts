// Links the article gives (author pages) may be relative or use any scheme; only absolute
// http(s) URLs are shown as links.
/** An absolute http(s) URL for `href` (resolved against the article's URL), or null. */
export function safeHttpUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
