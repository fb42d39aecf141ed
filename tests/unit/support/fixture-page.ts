// Loads a hand-made page from tests/fixtures/<slug>/page.html into jsdom, as the CLI does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePage } from '../../../src/cli/load-page.ts';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

export function loadFixture(slug: string, url = 'https://news.example/2025/01/02/story/'): Document {
  const html = readFileSync(resolve(FIXTURES, slug, 'page.html'), 'utf8');
  return parsePage(html, url).window.document;
}
