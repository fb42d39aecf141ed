// Property-based robustness: random and malformed pages never make analyze throw, and it always
// returns a valid Analysis within a bound, however hostile the markup.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closePage, parsePage } from '../../src/cli/load-page.ts';
import { analyze } from '../../src/core/analyze.ts';
import { expectValidAnalysis } from './support/analysis-shape.ts';

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'article',
  'section',
  'aside',
  'h1',
  'h2',
  'h3',
  'ul',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'table',
  'tr',
  'td',
  'header',
  'footer',
  'nav',
  'main',
  'time',
  'br',
  'script',
  'style',
  'noscript',
  'iframe',
  'form',
  'input',
  'svg',
  'math',
  'template',
  'pre',
  'b',
  'i',
  'q',
  'select',
];
const CLASSY = [
  // Keys of Object.prototype: a lookup in a table of ours must not find them.
  'constructor',
  '__proto__',
  'toString',
  'related',
  'trending',
  'article-body',
  'content',
  'share',
  'newsletter',
  'author',
  'comments',
  'x9f3a',
  'css-1q2w3e',
  'ad',
  'promo',
  'byline',
  'entry-content',
  '',
];
const QUOTES = [
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '‹',
  '›',
  '「',
  '」',
  '–',
  '—',
  ':',
  '\u00a0',
  '\u200b',
];

const word = fc.oneof(
  fc.constantFrom(
    'said',
    'Smith',
    'Dr.',
    'Anna',
    'Berg',
    'according',
    'to',
    'the',
    'analyst',
    'of',
    'Institute',
    'BISI',
    'notes',
    'believes',
    'Trending',
    'Stories',
    'More',
    'By',
    'Follow',
    'on',
    'Google',
    'News',
    'March',
    '7,',
    '2025',
    'Constructor',
    'constructor',
    '&toString;',
  ),
  fc.constantFrom(...QUOTES),
  fc.string({ maxLength: 12 }),
);
const text = fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' '));
const attrValue = fc.oneof(
  fc.constantFrom(...CLASSY),
  fc.string({ maxLength: 30 }),
  fc.constant('x'.repeat(20_000)),
);
const attrs = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'class',
        'id',
        'href',
        'src',
        'data-src',
        'srcset',
        'style',
        'onerror',
        'role',
        'aria-hidden',
        'hidden',
        'datetime',
        'itemprop',
        'rel',
      ),
      attrValue,
    ),
    { maxLength: 4 },
  )
  .map((as) => as.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join(''));

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...TAGS), attrs, fc.array(tie('node'), { maxLength: 5 }))
      .map(([tag, a, kids]) => `<${tag}${a}>${kids.join('')}</${tag}>`),
  ),
}));

// Malformed markup: unclosed, misnested and stray tags, broken entities, cut-off comments.
const malformed = fc
  .array(
    fc.oneof(
      text,
      fc.constantFrom(
        '<div>',
        '</p>',
        '<p',
        '<a href="',
        '</div></div>',
        '<!--',
        '-->',
        '&#x',
        '&amp',
        '<![CDATA[',
        '<table><p>',
        '</html>',
        '<body>',
        '<title>',
        '</ li>',
        '<<>>',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const head = fc.oneof(
  fc.constant(''),
  fc.constant('<meta property="og:type" content="article">'),
  text.map((t) => `<script type="application/ld+json">${t}</script>`),
  fc.constant(
    '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@id":"#a"},null,7,{"name":{}}],"publisher":{"@id":"#p"},"datePublished":"not a date"}</script>',
  ),
  text.map((t) => `<title>${t}</title><meta name="author" content="${t.replace(/"/g, '')}">`),
);

function run(html: string) {
  const dom = parsePage(html, 'https://example.org/2025/03/07/some-story');
  try {
    const t0 = performance.now();
    const a = analyze(
      dom.window.document,
      'https://example.org/2025/03/07/some-story',
      {},
      dom.window as unknown as Window,
    );
    return { a, ms: performance.now() - t0 };
  } finally {
    closePage(dom);
  }
}

describe('analyze on hostile input', () => {
  test('random DOM trees give a valid Analysis', () => {
    fc.assert(
      fc.property(head, fc.array(node, { maxLength: 6 }), (h, body) => {
        const { a, ms } = run(`<!doctype html><html><head>${h}</head><body>${body.join('')}</body></html>`);
        expectValidAnalysis(a);
        // A bound against runaway work (backtracking, loops), not a speed measurement.
        expect(ms).toBeLessThan(10_000);
      }),
      { numRuns: 150 },
    );
  }, 300_000);

  test('malformed HTML gives a valid Analysis', () => {
    fc.assert(
      fc.property(malformed, (html) => {
        expectValidAnalysis(run(html).a);
      }),
      { numRuns: 200 },
    );
  }, 300_000);

  test('text with every kind of quote mark, unbalanced, gives a valid Analysis', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(word, fc.constantFrom(...QUOTES)), { maxLength: 80 }), {
          minLength: 1,
          maxLength: 12,
        }),
        (paras) => {
          const body = paras.map((p) => `<p>${p.join(' ').replace(/</g, '&lt;')}</p>`).join('');
          expectValidAnalysis(run(`<html><body><article><h1>Title</h1>${body}</article></body></html>`).a);
        },
      ),
      { numRuns: 150 },
    );
  }, 300_000);

  test('deep nesting, huge attributes and empty pages give a valid Analysis', () => {
    // 2000 levels: jsdom's own (recursive) parser gives out not far beyond; browsers go deeper.
    const deep = `${'<div>'.repeat(2000)}<p>Deep text said Anna Berg.</p>${'</div>'.repeat(2000)}`;
    const cases = [
      '',
      '<html></html>',
      '<html><body></body></html>',
      `<html><body>${deep}</body></html>`,
      `<html><body><p class="${'related '.repeat(50_000)}">x</p></body></html>`,
      `<html><body><p>${'“'.repeat(20_000)}</p><p>${'said '.repeat(20_000)}</p></body></html>`,
      `<html><body>${'<p>“Quote,” said Anna Berg. '.repeat(2000)}</body></html>`,
      '<frameset><frame src="a.html"></frameset>',
      '<svg xmlns="http://www.w3.org/2000/svg"><text>not html</text></svg>',
    ];
    for (const html of cases) expectValidAnalysis(run(html).a);
  }, 120_000);
});
