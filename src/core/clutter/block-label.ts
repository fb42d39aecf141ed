import { normalizeSpace } from '../text.ts';

/** The label a reader sees on a block: its first heading, else its first words. */
export function blockLabel(el: Element, max = 80): string {
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"], legend, header');
  const text = normalizeSpace((heading ?? el).textContent ?? '');
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
