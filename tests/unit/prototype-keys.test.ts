// Words from the page are looked up in tables of ours; "constructor" or "toString" must find
// nothing there rather than Object.prototype's functions.
import { expect, test } from 'vitest';
import { closePage, parsePage } from '../../src/cli/load-page.ts';
import { analyze } from '../../src/core/analyze.ts';
import { decodeEntities } from '../../src/core/metadata/clean-text.ts';
import { roleHead } from '../../src/core/quotes/roles.ts';

test('entity names that are prototype keys stay as written', () => {
  expect(decodeEntities('A &constructor; B &toString; &valueOf; &OUML; &amp;')).toBe(
    'A &constructor; B &toString; &valueOf; Ö &',
  );
});

test('a role whose last word is a prototype key is that word', () => {
  expect(roleHead('the constructor')).toBe('constructor');
  expect(roleHead('chief valueOf')).toBe('valueof');
});

test('landmark roles and name words that are prototype keys make no clutter kind or honorific', () => {
  const body = Array.from(
    { length: 6 },
    (_, i) => `<p>Paragraph ${i} of the story, long enough to be read as text by anyone.</p>`,
  );
  const dom = parsePage(
    `<html><head><title>Builders vote</title></head><body>
      <div role="constructor"><a href="/a">Link one</a> <a href="/b">Link two</a></div>
      <div role="toString"><p>Some words in a box with a made-up role.</p></div>
      <article><h1>Builders vote</h1>${body.join('')}
      <p>“We will build it,” said Constructor Jane Miller, an engineer at Acme Works.</p></article>
    </body></html>`,
    'https://example.com/2026/11/29/builders-vote',
  );
  const a = analyze(dom.window.document, 'https://example.com/2026/11/29/builders-vote');
  closePage(dom);
  for (const c of a.clutter) expect(typeof c.kind).toBe('string');
  expect(JSON.stringify(a)).not.toMatch(/native code|function /);
  const names = a.experts.map((e) => e.name);
  expect(names.some((n) => /Jane Miller/.test(n))).toBe(true);
});
