// Blocks whose own heading names them as clutter ("Trending Stories", "Editor's Picks", "More",
// "Read next", "Newsletter", "Author"), in English, German, French, Spanish and Russian. The
// heading text decides, so this works when class names are meaningless (CSS-in-JS).

import { normalizeSpace } from '../text.ts';
import type { ClutterKind } from '../types.ts';
import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

const LABELS: [ClutterKind, RegExp][] = [
  [
    'trending',
    /^(?:trending(?: now| stories| news| topics| articles)?|most (?:read|popular|viewed|shared|commented)|popular(?: now| stories| posts| articles)?|what(?:'|’)s hot|top stories|meistgelesen(?:e)?|am meisten gelesen|beliebt(?:este)?(?: artikel)?|les plus lus|tendances?|populaires|lo m[aá]s (?:le[ií]do|visto)|m[aá]s le[ií]d[oa]s|tendencias|популярное|самое (?:читаемое|популярное)|в тренде)$/i,
  ],
  [
    'editors-picks',
    /^(?:editor(?:'|’)?s?(?:'|’)? (?:picks?|choice)|staff picks|our picks|recommended by (?:the )?editors|empfehlungen der redaktion|redaktionstipps?|la s[ée]lection de la r[ée]daction|choix de la r[ée]daction|selecci[oó]n del editor|выбор редакции)$/i,
  ],
  [
    'related',
    /^(?:more|more (?:news|stories|articles|from|on|in|like this)\b.*|related(?: stories| articles| news| posts| content| coverage| topics)?|read (?:next|more|also)|see also|also read|you (?:may|might) (?:also )?like|recommended(?: for you| stories| articles)?|further reading|latest(?: news| stories)?|mehr(?: zum thema| dazu| aus .*)?|weitere artikel|auch interessant|das k[öo]nnte sie (?:auch )?interessieren|lesen sie auch|[àa] lire aussi|sur le m[eê]me sujet|lire aussi|voir aussi|m[aá]s noticias|te puede interesar|noticias relacionadas|lee tambi[ée]n|читайте также|по теме|ещё по теме|еще по теме|другие новости|смотрите также)$/i,
  ],
  [
    'newsletter',
    /^(?:(?:sign up|subscribe)(?: (?:for|to) (?:our|the) .*)?|newsletter|get (?:our|the) .*newsletter|newsletter abonnieren|abonnez-vous.*|inscr[ií]bete.*|suscr[ií]bete.*|подпишитесь.*|рассылка)$/i,
  ],
  [
    'author-box',
    /^(?:about the author|author|the author|über (?:den|die) autor(?:in)?|autor(?:in)?|[àa] propos de l(?:'|’)auteur|l(?:'|’)auteur|sobre el autor|autor|об авторе|автор)$/i,
  ],
  [
    'social',
    /^(?:share(?: this(?: article| story)?)?|share on|teilen|artikel teilen|partager(?: cet article)?|compartir|поделиться)$/i,
  ],
  [
    'comments',
    /^(?:\d+\s+)?(?:comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|kommentare?|commentaires?|comentarios?|комментарии)(?:\s*\(\d+\))?$/i,
  ],
];

const HEADING_SELECTOR =
  'h1, h2, h3, h4, h5, h6, [role="heading"], [class*="title" i], [class*="header" i], [class*="heading" i], legend';

export function classifyLabel(text: string): ClutterKind | null {
  const t = normalizeSpace(text)
    .replace(/[:»›>→]+$/, '')
    .trim();
  if (!t || t.length > 60) return null;
  for (const [kind, re] of LABELS) if (re.test(t)) return kind;
  return null;
}

/** The block a heading labels: climb while the heading stays the block's first text. */
function labelledBlock(heading: Element, articleRoot: Element | null): Element {
  let block = heading;
  for (let parent = block.parentElement; parent && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    if (articleRoot && (parent === articleRoot || parent.contains(articleRoot))) break;
    const first = normalizeSpace(parent.textContent ?? '').slice(0, 200);
    const own = normalizeSpace(heading.textContent ?? '');
    if (!first.startsWith(own)) break;
    block = parent;
  }
  return block;
}

export const headingLabels: ClutterRule = {
  name: 'heading-labels',
  find({ doc, articleRoot }) {
    const out: ClutterFinding[] = [];
    for (const h of doc.querySelectorAll(HEADING_SELECTOR)) {
      if (h.children.length > 3) continue;
      const label = normalizeSpace(h.textContent ?? '');
      const kind = classifyLabel(label);
      if (!kind) continue;
      const block = labelledBlock(h, articleRoot);
      if (block === h && !h.nextElementSibling) continue;
      out.push({ element: block, kind, label, reason: `heading "${label}"` });
    }
    return out;
  },
};
