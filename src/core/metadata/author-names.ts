// Byline text to clean person names: "By Jane Doe and John Roe, Reuters Updated May 2, 2024" →
// ["Jane Doe", "John Roe", "Reuters"]. No "By", no dates, no roles, no e-mail addresses.
import { NAME_PARTICLES } from '../name-particles.ts';
import { trimEndChars, trimStartChars } from '../trim-chars.ts';
import { cleanText } from './clean-text.ts';
import { isCalendarWord } from './dateline.ts';

// The words that introduce a byline, in the languages the product reads, with the genre some
// pages put first ("Ein Kommentar von", "Analysis by").
export const BYLINE_LABEL =
  /^(?:(?:(?:ein|eine|a|an|un|une|una)\s+)?(?:kommentar|kolumne|analyse|gastbeitrag|gastkommentar|essay|reportage|interview|column|opinion|commentary|analysis|review|tribune|chronique|crónica|columna|opinión|commento|editorial)\s+(?:von|by|de|par|di|por|av|af)(?:\s+|$)|(?:text|texto|testo|texte|tekst|текст)\s*[:：]\s*|(?:written|reported|reporting|words|story|by|von|par|por|door|av|af|przez|od|autor(?:in|en|a|es|e)?|author|authors|auteur|auteurs|autore|autori|автор|авторы)(?:\s*\/\s*autor(?:in)?)?(?:\s+by)?(?=[\s:：]|$)\s*[:：]?\s*)+/iu;
// Italian "di" only in lower case: "Di Maio" is a name.
const ITALIAN_LABEL = /^di\s+(?=\p{Lu})/u;

export function stripBylineLabel(s: string): string {
  return s.replace(BYLINE_LABEL, '').replace(ITALIAN_LABEL, '');
}

// Everything after one of these is the date, the reading time or the outlet written for
// ("By Jane Doe For Dailymail.com"), not a name.
const STOP_WORDS =
  /,\s+in\s|\sfor\s+(?:the\s+)?\p{Lu}|\s(?:updated|published|posted|last updated|stand|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|aggiornato|pubblicato|oppdatert|publisert|uppdaterad|publicerad|opdateret|udgivet|gepubliceerd|bijgewerkt|обновлено|опубликовано|today|yesterday|heute|gestern|hace|il y a|\d+\s*(?:min|minutes?|mins?))(?=[\s:.,]|$)/iu;

// Roles that follow a name in bylines ("Jane Doe, Senior Correspondent"), also as the end of a
// compound ("Wirtschaftsredakteur"): pieces with them go.
const ROLE =
  /(?:reporter|correspondent|editor|writer|journalist|contributor|columnist|producer|photographer|redakteur|korrespondent|redaktor|rédacteur|rédactrice|journaliste|correspondant|envoyé|periodista|corresponsal|redactor|giornalista|inviato|corrispondente|redattore|корреспондент|журналист|редактор)(?:in|innen|e|a|es|s)?(?!\p{L})|(?<!\p{L})(?:photos?|videos?|illustrations?)(?!\p{L})/iu;

// Trailing job titles in scripts without word spaces (Korean 기자 "reporter", Japanese 記者).
const TRAILING_ROLE = /(?:기자|특파원|선임기자|논설위원|記者|记者|特派員|編集委員|通讯员)$/u;

// Words joining two names ("and" in the languages the product reads); lower case only, so an
// initial ("Karin A. Wenger") never splits a name.
// (Bare separators: the pieces are trimmed afterwards, so no space runs around them to rescan.)
// An unspaced slash before a capital joins two names too ("Jane Doe/John Roe"), not "srf/hosb".
const JOIN =
  /,|;|&|＆|、|，|(?<=\p{L})\/(?=\p{Lu})|\s(?:and|und|et|y|e|og|och|en|i|и|та|ve|oraz|a|és|ja|sowie|with|mit|avec|con)\s/u;

// Bylines also carry the Nordic 'af'/'av', Italian 'lo' and Portuguese 'e'.
const PARTICLE = new Set([...NAME_PARTICLES, 'des', 'lo', 'e', 'af', 'av']);

// Words that end up in byline blocks without being names: sharing links, desks, "den" of
// "Montag, den 28. April".
const NOT_NAMES = new Set([
  // CMS accounts that publish under a default user name.
  'admin',
  'administrator',
  'webmaster',
  'wpadmin',
  'anonymous',
  'unknown',
  'guest',
  'twitter',
  'facebook',
  'instagram',
  'linkedin',
  'email',
  'e-mail',
  'mail',
  'follow',
  'share',
  'teilen',
  'folgen',
  'partager',
  'suivre',
  'compartir',
  'seguir',
  'agencies',
  'staff',
  'redaktion',
  'comments',
  'comment',
  'kommentare',
  'bookmark',
  'print',
  'drucken',
  'news',
  'nachrichten',
  'agenturen',
  'more',
  'mehr',
  'und',
  'and',
  'the',
  'den',
  'der',
  'die',
  'das',
  'am',
  'um',
  'im',
  'on',
  'at',
  'in',
  'le',
  'la',
  'les',
  'el',
  'los',
  'de',
  'du',
  'des',
  'van',
  'von',
  'en',
  'y',
  'e',
  'i',
  'a',
  'o',
  'et',
  'or',
  'of',
  'for',
  'with',
  'por',
  'para',
  'con',
  'sur',
  'zu',
  'bei',
  'mit',
  'aus',
  'och',
  'og',
  'til',
  'but',
]);

// Interface words: a piece made only of these is a button ("WATCH LIVE", "Read more").
const UI_WORD =
  /^(?:watch|live|listen|read|more|share|subscribe|follow|sign|login|newsletter|podcast|video|audio|print|comments?|bookmark|save|gift|now|here|anhören|teilen|merken|drucken|lesen|mehr|jetzt|écouter|partager|lire|plus|compartir|escuchar|leer|más)$/i;

/** A single word that bylines carry without it being anyone ("Nachrichten", "Staff", "Share"). */
export function isGenericWord(s: string): boolean {
  return !/\s/.test(s.trim()) && NOT_NAMES.has(s.trim().toLowerCase());
}

/** A piece of byline that reads as a name (or a short agency code such as "dpa"). */
export function looksLikeName(s: string): boolean {
  if (s.length < 2 || s.length > 60) return false;
  if (/[@\d<>{}=_#|]|https?:|www\.|\.(?:com|net|org|de|uk|fr|es|it|at|ch|lt|ru|jp)\b/i.test(s)) return false;
  if (ROLE.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length === 1 && (NOT_NAMES.has(s.toLowerCase()) || isCalendarWord(s))) return false;
  // A bare initial for a family name is a CMS account ("Ilanga D", "admin K"), not a byline.
  if (words.length > 1 && /^\p{Lu}$/u.test(words[words.length - 1])) return false;
  if (words.every((w) => UI_WORD.test(w))) return false;
  if (words.length > 5) return false;
  // Scripts without capitals (CJK, Hangul, Arabic, Hebrew, Thai …) cannot be shape-checked.
  if (!/[\p{Lu}\p{Ll}]/u.test(s)) return words.length <= 3 && s.length <= 20;
  if (words.length === 1 && /^\p{Ll}{2,5}$/u.test(s)) return true; // agency codes, initials
  return words.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || PARTICLE.has(w) || /^[('"‘“„«]/u.test(w));
}

/** "Brazil, Rachel" (Dublin Core, citation tags) → "Rachel Brazil". */
export function uninvertName(s: string): string {
  const parts = s.split(',');
  if (parts.length !== 2 || /\s(?:and|und|et)\s/.test(s)) return s;
  const [family, given] = parts.map((p) => p.trim());
  return family && given ? `${given} ${family}` : s;
}

function cleanPiece(raw: string): string {
  const s = raw
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(BYLINE_LABEL, '')
    // Contact links read "Email Jane Doe", "Follow Jane Doe".
    .replace(/^(?:e-?mail|follow|contact|kontakt|folgen|suivre|seguir)\s+(?=\p{Lu})/iu, '')
    .replace(TRAILING_ROLE, '');
  return trimEndChars(trimStartChars(s, '\\s-–—:·•|,.'), '\\s-–—:·•|,;*');
}

/** One byline part cut to its name pieces, before any of them is judged: labels, dates, reading
 *  times and trailing separators go, names are split at "and", commas and the like. */
export function bylinePieces(part: string): string[] {
  // Bylines are short: a long text is a bio or a paragraph, and the cap keeps matching cheap.
  // A social handle beside the name ("Jane Doe@janedoe") separates like a comma.
  let s = stripBylineLabel(
    cleanText(part)
      .slice(0, 300)
      .replace(/@[\w.]+/g, ', '),
  )
    // Any other label ends in a colon: "Redaktion: …", "Übersetzung und Adaptierung: …".
    .replace(/^(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s*:(?:\s+|$)/u, '');
  // A date or reading time ends the names.
  const digit = s.search(/\d/);
  if (digit >= 0) s = s.slice(0, digit);
  s = ` ${s}`;
  const stop = s.search(STOP_WORDS);
  if (stop >= 0) s = s.slice(0, stop);
  s = s.split(/\s[|•·—–/-]\s|\s?[|•]\s?/)[0];
  return s.split(JOIN).map(cleanPiece).filter(Boolean);
}

/**
 * Splits byline text into names. An array holds the byline's separately marked-up parts
 * (element boundaries), so that "By Jane Doe" + "The Associated Press" never run together.
 * `strict` is for text read off the page: a single word counts only after a byline word or
 * beside a full name of the same part ("By AFP", "Jane Doe, Reuters"), never alone
 * ("Comments", "Bookmark", "but").
 */
export function splitAuthorNames(
  text: string | string[],
  exclude: (name: string) => boolean = () => false,
  strict = false,
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of Array.isArray(text) ? text : [text]) {
    const names = bylinePieces(part).filter((name) => looksLikeName(name) && !exclude(name));
    // "By TPN": a byline word vouches for a single-word name.
    const full =
      names.some((n) => /\s/.test(n)) ||
      BYLINE_LABEL.test(cleanText(part)) ||
      /^[^:：]{2,40}[:：]/.test(part);
    for (const name of names) {
      if (strict && !full && !/\s/.test(name)) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
