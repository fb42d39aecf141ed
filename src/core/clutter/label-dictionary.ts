// What a block's own heading or label says it is: "Trending Stories", "Editor's Picks", "More",
// "Lesen Sie auch", "À lire aussi", "Lo más leído", "Читайте также". English, German, French,
// Spanish and Russian, with a few Portuguese and Italian forms. A label must be the whole text
// of the heading, so article headings that merely contain these words never match.

import { trimEndChars } from '../trim-chars.ts';
import type { ClutterKind } from '../types.ts';

const LABELS: [ClutterKind, RegExp][] = [
  [
    'trending',
    /^(?:trending(?: now| today| stories| news| topics| articles| posts| videos| on .+)?|now trending|most (?:read|popular|viewed|watched|shared|commented|emailed|recent)(?: (?:stories|articles|news|today|this week|now|on .+))?|popular(?: now| today| this week| stories| posts| articles| news| on .+)?|what(?:'|’)s (?:hot|popular|trending)|hot (?:topics|stories|right now)|top (?:stories|reads|news|headlines)(?: today)?|meistgelesen(?:e)?(?: artikel| nachrichten)?|meist(?:gesehen|kommentiert|geteilt)(?:e)?|am meisten (?:gelesen|gesehen|kommentiert)|beliebt(?:este)?(?: artikel| beiträge| nachrichten)?|im trend|top-?themen|les plus (?:lus|populaires|partagés|commentés|consultés|vus)|articles les plus lus|tendances?|populaires?|lo m[aá]s (?:le[ií]do|visto|popular|compartido|comentado)|m[aá]s (?:le[ií]d[oa]s|vist[oa]s|populares|compartid[oa]s)|tendencias?|mais lid[ao]s|pi[uù] lett[ie]|популярное|популярные (?:статьи|новости|материалы)|самое (?:читаемое|популярное|обсуждаемое)|самые (?:читаемые|популярные|обсуждаемые)(?: новости| статьи)?|в тренде|читаемое|обсуждаемое)$/,
  ],
  [
    'editors-picks',
    /^(?:editor(?:'|’)?s?(?:'|’)? (?:picks?|choice|selection|recommendations?)|picked by (?:our|the) editors|staff picks|our picks|top picks|recommended by (?:our |the )?editors|empfehlungen der redaktion|redaktionsempfehlung(?:en)?|die redaktion empfiehlt|tipps? der redaktion|redaktionstipps?|unsere empfehlungen?|(?:la |le )?(?:s[ée]lection|choix) de la r[ée]daction|coups? de c(?:œ|oe)ur de la r[ée]daction|la r[ée]daction vous recommande|(?:la )?selecci[oó]n del editor|selecci[oó]n de la redacci[oó]n|elegidos por (?:los editores|la redacci[oó]n)|recomendado por la redacci[oó]n|выбор редакции|редакция рекомендует|рекомендации редакции)$/,
  ],
  [
    'related',
    /^(?:more(?: news| stories| articles| reads| coverage| videos| headlines)?(?: (?:to read|to explore|like this|on this(?: topic| story)?|about .+|from .+|on .+|in .+))?|top videos?|related(?: stories| articles| news| posts| content| coverage| topics| reading| links| videos)?|related coverage .*|read (?:next|more|also|this next)|up next|what to read next|next (?:story|article|up)|see (?:also|more)|also (?:read|see|on .+)|you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested in)|(?:we|you) think you(?:'|’)ll (?:like|love)|recommended(?: for you| stories| articles| reading| videos)?|further reading|keep reading|continue reading|(?:the )?latest(?: news| stories| articles| posts| headlines| videos| from .+)?|in (?:other|case you missed|related) .+|you may have missed|don(?:'|’)t miss(?: this| out)?|more great .+ stories|other (?:stories|articles|news)|mehr(?: zum thema| dazu| nachrichten| artikel| aus .+| von .+| zu .+| über .+)?|weitere (?:artikel|nachrichten|meldungen|beiträge|themen)(?: .+)?|auch interessant|ebenfalls interessant|das (?:k[öo]nnte|d[üu]rfte) sie (?:auch )?interessieren|lesen sie (?:auch|mehr|weiter)|zum thema|verwandte (?:artikel|themen|beiträge)|[äa]hnliche (?:artikel|beiträge|themen)|neueste (?:artikel|beiträge|nachrichten)|aktuelle (?:artikel|beiträge|nachrichten)|(?:[àa] )?lire (?:aussi|[ée]galement|la suite)|[àa] lire (?:aussi|[ée]galement)|(?:[àa] )?(?:voir|d[ée]couvrir) aussi|sur le m[eê]me (?:sujet|th[eè]me)|dans la m[eê]me rubrique|articles? (?:similaires|li[ée]s|associ[ée]s|recommand[ée]s)|plus d(?:'|’)(?:articles|actualit[ée]s|infos)|vous (?:aimerez|pourriez aimer) (?:aussi|[ée]galement)|les derniers articles|derni[èe]res (?:actualit[ée]s|infos|nouvelles)|(?:l(?:'|’))?actualit[ée] (?:li[ée]e|associ[ée]e)|m[aá]s (?:noticias|art[ií]culos|historias|informaci[oó]n)(?: .+)?|m[aá]s de .+|(?:tambi[ée]n )?te puede interesar|puede interesarte|tal vez te interese|(?:noticias|art[ií]culos) relacionad[oa]s|relacionad[oa]s|lee (?:tambi[ée]n|m[aá]s)|leer (?:tambi[ée]n|m[aá]s)|lo [uú]ltimo|[uú]ltimas noticias|veja tamb[ée]m|leia (?:tamb[ée]m|mais)|mat[ée]rias relacionadas|leggi anche|potrebbe interessarti|articoli correlati|читайте (?:также|ещё|еще|тоже)|читать (?:также|ещё|еще)|по теме|(?:ещ[её]|больше) (?:по теме|новостей|статей|материалов)|(?:другие|последние|похожие|свежие) (?:новости|статьи|материалы|публикации)|новости по теме|материалы по теме|смотрите (?:также|ещё|еще)|рекомендуем(?: прочитать)?|вам (?:может|будет) (?:понравиться|интересно))$/,
  ],
  [
    'newsletter',
    /^(?:(?:sign up|subscribe|register)(?: now| today| here| (?:for|to) .+)?|(?:our |the |free |daily |weekly )?newsletters?(?: sign ?up| signup)?|get (?:our|the) .*newsletters?|join (?:our|the) (?:mailing list|newsletter)|stay (?:informed|updated|in the know)|never miss a story|(?:jetzt )?(?:newsletter )?(?:abonnieren|bestellen|anmelden)|newsletter (?:abonnieren|bestellen)|abonnez-vous(?: .+)?|inscrivez-vous(?: .+)?|(?:la |notre )?lettre d(?:'|’)information|recevez (?:notre|la) newsletter|(?:inscr[ií]bete|suscr[ií]bete|reg[ií]strate)(?: .+)?|(?:nuestro |el )?bolet[ií]n(?: de noticias)?|recibe (?:nuestro|el) bolet[ií]n|подпишитесь(?: .+)?|подписаться(?: .+)?|(?:наша |email-|e-mail )?рассылка|подписка на (?:рассылку|новости))$/,
  ],
  [
    'author-box',
    /^(?:about (?:the )?authors?|authors?|the authors?|about me|written by|meet the author|über (?:den|die) autor(?:in|en)?|zu(?:m|r) autor(?:in)?|autor(?:in|en)?|[àa] propos de l(?:'|’)auteur|(?:sur )?l(?:'|’)auteur|auteur|(?:sobre|acerca) (?:el|del) autor|(?:sobre|acerca de) la autora|autor(?:a|es)?|sobre o autor|об авторе|автор(?:ы)?)$/,
  ],
  [
    'social',
    /^(?:share(?: this| it| now| the story| the article| on| via| article| story| post| page)?(?: (?:article|story|post|page|on .+|via .+))?|spread the word|tell your friends|(?:diesen )?(?:artikel |beitrag )?teilen|jetzt teilen|partager(?: cet article| sur .+| l(?:'|’)article)?|partagez(?: cet article)?|compart(?:ir|e)(?: este art[ií]culo| en .+| esta noticia)?|compartilhe|condividi|поделиться(?: .+)?|поделитесь(?: .+)?)$/,
  ],
  [
    'follow',
    /^(?:follow (?:us|me)(?: on .+)?|connect with us|stay connected|find us on .+|like us on facebook|folg(?:en sie|t) uns(?: auf .+)?|suivez-nous(?: sur .+)?|s[ií]guenos(?: en .+)?|segue-nos|seguici(?: su .+)?|подписывайтесь на нас(?: .+)?|мы в (?:соцсетях|социальных сетях)|следите за нами(?: .+)?)$/,
  ],
  [
    'comments',
    /^(?:\d+ )?(?:comments?|reader comments|leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|discussion|(?:\d+ )?responses?|what do you think\??|kommentare?|leserkommentare|kommentieren|diskussion|commentaires?|r[ée]agissez|laisser un commentaire|comentarios?|deja (?:un|tu) comentario|coment[áa]rios|commenti|комментарии|комментариев|обсуждение|оставить комментарий)(?: \d+)?$/,
  ],
  [
    'ad',
    /^(?:advertisement|advertising|ad|ads|sponsored(?: content| stories| links| posts)?|promoted(?: stories| content| links)?|partner content|paid (?:content|post)|from (?:our partners|the web)|around the web|anzeige|werbung|publicit[ée]|publi-?reportage|contenu sponsoris[ée]|publicidad|patrocinado|contenido patrocinado|publicidade|pubblicit[aà]|реклама|партн[её]рские материалы|новости партн[её]ров)$/,
  ],
  [
    'navigation',
    /^(?:menu|main menu|navigation|sections|quick links|skip to (?:main )?content|hauptmen[üu]|navigation principale|men[úu] principal|меню|разделы)$/,
  ],
  [
    'widget',
    /^(?:weather|today(?:'|’)s weather|markets?|market data|stock ticker|breaking news|wetter|m[ée]t[ée]o|el tiempo|погода|курсы валют)$/,
  ],
];

/** The text as a label reads: trimmed of arrows, colons, counts and bullets; lower case. */
export function normalizeLabel(text: string): string {
  const t = trimEndChars(
    text
      .replace(/[\s\u00a0\u200b]+/g, ' ')
      .trim()
      .toLowerCase()
      .replace(/^[\s»›>→▶►•·|:#-]+/, ''),
    '\\s»›>→▶►•·|:!.…-',
  );
  return trimEndChars(t.replace(/\(\d+\)$/, ''), '\\s');
}

/** Every label above in one pattern: most texts on a page are no label, and one test tells. */
const ANY_LABEL = new RegExp(LABELS.map(([, re]) => re.source).join('|'));

/** The kind of clutter a label names, or null when it names none. */
export function classifyLabel(text: string): ClutterKind | null {
  if (text.length > 90) return null;
  const t = normalizeLabel(text);
  if (!t || t.length > 60 || !ANY_LABEL.test(t)) return null;
  for (const [kind, re] of LABELS) if (re.test(t)) return kind;
  return null;
}
