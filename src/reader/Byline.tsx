// The byline as people read it: "Mara Lindqvist and Jonas Petraitis", joined the way the UI
// language joins lists, each name a link to the author's page when the article gives one.
import type { ComponentChildren } from 'preact';
import type { Author } from '../core/types.ts';
import { uiLanguage } from '../i18n.ts';
import { safeHttpUrl } from './safe-url.ts';

/** Joins rendered items with the UI language's list conjunction ("A, B and C", "A, B и C"). */
export function joinList(items: ComponentChildren[], lang = uiLanguage()): ComponentChildren[] {
  if (items.length < 2) return items;
  const marks = items.map((_, i) => `\u0000${i}\u0000`);
  let parts: { type: string; value: string }[];
  try {
    parts = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).formatToParts(marks);
  } catch {
    parts = marks.flatMap((m, i) =>
      (i ? [{ type: 'literal', value: ', ' }] : []).concat({ type: 'element', value: m }),
    );
  }
  return parts.map((p) => (p.type === 'element' ? items[Number(p.value.replaceAll('\u0000', ''))] : p.value));
}

export function Byline({
  authors,
  base,
  linkClass,
}: {
  authors: Author[];
  base: string | null;
  linkClass?: string;
}) {
  const items = authors.map((a) => {
    const href = safeHttpUrl(a.url, base);
    return href ? (
      <a key={a.name} class={linkClass} href={href} target="_blank" rel="noopener noreferrer">
        {a.name}
      </a>
    ) : (
      <span key={a.name}>{a.name}</span>
    );
  });
  return <>{joinList(items)}</>;
}
