// Bylines, datelines and reading times that extraction keeps at the top of the body: "By Paul
// Takahashi", "Tom Krisher, AP Auto Writer", "Published 4:00 am CST, Wednesday, November 20,
// 2019", "Updated: Nov. 20, 2019", "19.11.2019, 08:57", "5 min read", "Tempo de leitura: 1
// minuto". The page shows them as the article's header; they are not its running text.

// The letter class comes from a literal, which the build spells out without u
// (scripts/bmp-regex-plugin.ts): DATE then compiles without u too, in about half the time.
const LETTER = /\p{L}/u;
const MONTH = `(?:jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|mar(?:ch|s|zo|ço)?|m[äa]rz|apr(?:il)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|jun(?:e|i|io|ho)?|juin|jul(?:y|i|io|ho)?|juil(?:let)?|aug(?:ust)?|ao[uû]t|ago(?:sto)?|sep(?:t(?:ember)?|tembre|tiembre|iembre)?|set(?:embro)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?|d[eé]c(?:ember|embre)?|dez(?:ember|embro)?|dic(?:iembre)?|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\\.?(?!${LETTER.source})`;
/** A calendar date in the usual written and numeric forms. */
const DATE = new RegExp(
  `(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?${MONTH}(?:\\s+(?:de\\s+)?\\d{4})?|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?(?!${LETTER.source}))?)`,
  `i${LETTER.flags}`,
);
const LEAD =
  /^(?:\|\s*)?(?:published|updated|posted|first published|last updated|last modified|modified|created|date|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|опубликовано|обновлено|дата)\b\s*(?:on|at|am|le|el|em)?\s*:?/i;
const BYLINE_LEAD =
  /^(?:(?:written|posted|published|reported|words|text|story) )?(?:by|von|par|por|di|door|av|af|от|автор:?)\s+/i;
const ROLE_BYLINE =
  /^[\p{L}.'’ -]{3,60},\s*(?:the )?(?:ap|associated press|reuters|afp|bloomberg|cnn|bbc|staff)?\s*(?:\p{L}+ ){0,3}(?:writer|reporter|correspondent|editor|contributor|columnist)s?$/iu;
const READING_TIME =
  /^(?:(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|время чтения)(?:\s*:)?\s*)?(?:about\s+)?\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|minuten|minutos?|мин(?:ут[аы]?)?)\.?(?:\s+(?:read|reading|lesezeit|de lecture|de lectura|de leitura|чтения))?$|^(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|время чтения)\b/i;

/** A byline, a dateline or a reading time: short, and shaped like one from its first words. */
export function isMetaLine(text: string): boolean {
  if (text.length > 160) return false;
  const words = text.split(' ').length;
  if (READING_TIME.test(text)) return true;
  if (words <= 16 && LEAD.test(text) && DATE.test(text)) return true;
  if (words <= 12 && !/[.!?]$/.test(text) && (isByline(text) || ROLE_BYLINE.test(text))) return true;
  return isDateOnly(text);
}

/** Every date in a line (DATE, global). */
const EVERY_DATE = new RegExp(DATE.source, `g${DATE.flags}`);

/** "By Name", "Von Name", "Par Name": the lead-in, then a capitalised name or a handle. */
function isByline(text: string): boolean {
  const m = BYLINE_LEAD.exec(text);
  return !!m && /^[\p{Lu}@]/u.test(text.slice(m[0].length));
}

/** A line that is nothing but a date and time ("Nov. 20, 2019 5:52 AM EST", "19.11.2019, 08:57"). */
export function isDateOnly(text: string): boolean {
  if (text.length > 80 || !DATE.test(text)) return false;
  const rest = text
    .replace(EVERY_DATE, ' ')
    .replace(
      /(?<![\p{L}\d])(?:\d{1,4}|[ap]\.?m\b\.?|[a-z]{2,4}t|utc|gmt|mon|tue|wed|thu|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|at|um|le|el|a las|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|(?:segunda|terça|quarta|quinta|sexta)-feira)(?![\p{L}\d])/giu,
      ' ',
    )
    .replace(/[\s\p{P}\p{S}]+|às|à|в/gu, '');
  return rest.length === 0;
}
