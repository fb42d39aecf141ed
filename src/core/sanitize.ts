// Extracted HTML is written by strangers: everything the reader view renders goes through
// DOMPurify with an allow-list, so no script, handler, form or foreign URL scheme survives.
import DOMPurify, { type Config } from 'dompurify';

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'data',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];
const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'headers',
  'scope',
  'datetime',
  'cite',
  'lang',
  'dir',
  'start',
  'reversed',
  'type',
  'media',
  'open',
  'id',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // http(s) and mailto links; images may also be data: URIs (inline pictures), nothing else.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i,
  ADD_DATA_URI_TAGS: ['img', 'source'],
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'iframe',
    'frame',
    'object',
    'embed',
    'base',
    'meta',
    'link',
    'script',
    'svg',
    'math',
    'template',
    'noscript',
  ],
  FORBID_ATTR: ['style', 'srcdoc', 'action', 'formaction', 'ping', 'background', 'poster'],
  KEEP_CONTENT: true,
  // The sanitized tree itself: an element's own children are serialized without its wrapper.
  RETURN_DOM: true,
};

type WindowLike = Window & typeof globalThis;
const purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();

function purifierFor(win: WindowLike) {
  let p = purifiers.get(win);
  if (!p) {
    p = DOMPurify(win);
    // One configuration for every call: DOMPurify otherwise rebuilds its tag and attribute
    // tables on each one.
    p.setConfig(CONFIG);
    // Links in the reader view leave it: open them in a new tab without an opener.
    p.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    purifiers.set(win, p);
  }
  return p;
}

/**
 * Sanitized HTML for the reader view. `win` supplies the DOM implementation (jsdom in Node). An
 * element is copied into DOMPurify's own inert document as it is, rather than serialized and
 * parsed again: the same walk over the same tree, without the round trip through a string.
 */
export function sanitizeHtml(html: string | Element, win: WindowLike): string {
  // DOMPurify takes a <body> or <html> for its own document's: those go as their markup.
  const input = typeof html !== 'string' && /^(?:body|html)$/.test(html.localName) ? html.innerHTML : html;
  const body = purifierFor(win).sanitize(input) as unknown as Element;
  if (typeof input === 'string') return body.innerHTML;
  // The element itself stands alone in the result unless its own tag was dropped (its content kept).
  const first = body.firstElementChild;
  return (body.childNodes.length === 1 && first?.localName === input.localName ? first : body).innerHTML;
}
