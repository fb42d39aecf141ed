// The title of the page's feed link, where the CMS names the feed after the site: "Anadolu
// Ajansı » Rss", "Lesotho Times » Feed", "Der Postillon - RSS". Only that form: other feed titles
// name a section ("RSS de deportes - EL MUNDO", "Wirtschaft bei FAZ.NET").
import { cleanText } from './clean-text.ts';

const FEED_WORD = /^(?:rss|atom|feed|(?:rss|atom)[ -]feed|rss 2\.0)$/i;
const SEPARATORS = [' » ', ' › ', ' - ', ' – ', ' | '];

export function extractFeedTitle(doc: Document): string | null {
  for (const link of doc.getElementsByTagName('link')) {
    if (!/\balternate\b/i.test(link.getAttribute('rel') ?? '')) continue;
    if (!/rss|atom/i.test(link.getAttribute('type') ?? '')) continue;
    const title = cleanText(link.getAttribute('title'));
    for (const sep of SEPARATORS) {
      const at = title.lastIndexOf(sep);
      if (at > 0 && FEED_WORD.test(title.slice(at + sep.length).trim())) return title.slice(0, at).trim();
    }
  }
  return null;
}
