// Visible datelines: "May 24, 2026 10:05 am", "28. April 2023, 05:00 Uhr", "05.01.2025, 15:23",
// "3 mars 2024", "24 de abril de 2024", "24 апреля 2024", "2024年4月24日" → "2024-04-24[THH:MM]".
// A token scanner, not one big pattern, so that every language's month names fit and matching
// stays linear.

const MONTH_NAMES: string[][] = [
  // en, de, fr, es, it, pt, nl, sv/da/no, pl, cs, ru, uk, tr, id, ro, hu, fi, lt
  'january januar janvier enero gennaio janeiro januari stycznia styczeń ledna января январь січня ocak ianuarie január tammikuuta sausio',
  'february februar février fevrier febrero febbraio fevereiro februari lutego luty února февраля февраль лютого şubat subat februarie február helmikuuta vasario',
  'march märz maerz mars marzo março maart marts mar marca marzec března марта март березня mart maret martie március maaliskuuta kovo',
  'april avril abril aprile kwietnia kwiecień dubna апреля апрель квітня nisan aprilie április huhtikuuta balandžio',
  'may mai mayo maggio maio mei maj maja května мая май травня mayıs mayis május toukokuuta gegužės',
  'june juni juin junio giugno junho czerwca czerwiec června июня июнь червня haziran iunie június kesäkuuta birželio',
  'july juli juillet julio luglio julho lipca lipiec července июля июль липня temmuz iulie július heinäkuuta liepos',
  'august août aout agosto augustus augusti sierpnia sierpień srpna августа август серпня ağustos agustus augusztus elokuuta rugpjūčio',
  'september septembre septiembre setiembre settembre setembro september september września wrzesień září сентября сентябрь вересня eylül eylul septembrie szeptember syyskuuta rugsėjo',
  'october oktober octobre octubre ottobre outubro oktober oktober października październik října октября октябрь жовтня ekim oktober octombrie október lokakuuta spalio',
  'november novembre noviembre novembro november november listopada listopad listopadu ноября ноябрь листопада kasım kasim noiembrie november marraskuuta lapkričio',
  'december dezember décembre decembre diciembre dicembre dezembro december december grudnia grudzień prosince декабря декабрь грудня aralık aralik desember decembrie december joulukuuta gruodžio',
].map((l) => l.split(' '));

const ABBREVIATIONS: string[][] = [
  'jan janv ene gen sty led янв січ oca ian',
  'feb febr fév fev févr fevr lut úno фев лют şub sub',
  'mar mär mrz märz mars mrt bře мар бер',
  'apr avr abr kwi dub апр кві nis',
  'may mai mag mei maj kvě май тра',
  'jun jui juin giu cze čvn июн чер haz',
  'jul juil lug lip čvc июл лип tem',
  'aug aoû ago sie srp авг сер ağu agu',
  'sep sept set wrz zář сен вер eyl',
  'oct okt ott out paź říj окт жов eki',
  'nov noi lis ноя лис kas',
  'dec dez déc dic gru pro дек гру ara des',
].map((l) => l.split(' '));

const MONTHS = new Map<string, number>();
ABBREVIATIONS.forEach((names, i) => {
  for (const n of names) MONTHS.set(n, i + 1);
});
MONTH_NAMES.forEach((names, i) => {
  for (const n of names) MONTHS.set(n, i + 1);
});

// Day names, so that a byline reader can tell "Montag" from a name.
const WEEKDAYS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag ' +
    'sonntag sonnabend lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes ' +
    'sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta quinta sexta ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag mandag tirsdag onsdag torsdag fredag lørdag søndag ' +
    'måndag tisdag lördag söndag poniedziałek wtorek środa czwartek piątek sobota niedziela понедельник вторник ' +
    'среда четверг пятница суббота воскресенье pazartesi salı çarşamba perşembe cuma cumartesi pazar today ' +
    'yesterday heute gestern mon tue wed thu fri sat sun mo di mi do fr sa so lun mer jeu ven sam dim'
  ).split(' '),
);

/** A month or day name in any of the languages above ("October", "Montag", "mars"). */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.has(w) || WEEKDAYS.has(w);
}

interface Token {
  kind: 'num' | 'word' | 'sep';
  text: string;
  index: number;
}

// Numbers, words (any script) and the separators a dateline uses; everything else splits tokens.
const TOKEN = /(\d+)|([.,/\-年月日월일년:]|\s+)|(\p{L}+)/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[1]) out.push({ kind: 'num', text: m[1], index: m.index });
    else if (m[3]) out.push({ kind: 'word', text: m[3].toLowerCase(), index: m.index });
    else if (m[2] && !/^\s+$/.test(m[2])) out.push({ kind: 'sep', text: m[2], index: m.index });
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function yearOf(t: Token | undefined): number | null {
  if (t?.kind !== 'num') return null;
  if (t.text.length === 4) return Number(t.text);
  return null;
}

const ORDINAL = new Set(['st', 'nd', 'rd', 'th', 'er', 'de', 'del', 'of']);

/** "10:05 am", "15:23 Uhr", "9.30pm" right after the date, as HH:MM. */
function timeAfter(text: string, from: number): string | null {
  const m =
    /^[\s,|•·–—-]*(?:(?:at|um|à|a las|alle|kl\.?|klo|в|saat)\s+)?(\d{1,2})[:.h](\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?/i.exec(
      text.slice(from, from + 40),
    );
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ampm = m[3]?.[0]?.toLowerCase();
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;
  return h < 24 && min < 60 ? `${pad(h)}:${pad(min)}` : null;
}

export interface DatelineOptions {
  /** Month-first numeric dates (05/24/2026) as written in the US; day-first otherwise. */
  monthFirst?: boolean;
}

/** The first date written in `text`, as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" when a time follows. */
export function parseDateline(text: string, options: DatelineOptions = {}): string | null {
  const toks = tokenize(text.slice(0, 2000));
  for (let i = 0; i < toks.length; i++) {
    const found = dateAt(toks, i, options);
    if (!found) continue;
    const [y, m, d, end] = found;
    const date = `${y}-${pad(m)}-${pad(d)}`;
    const time = timeAfter(text, end);
    return time ? `${date}T${time}` : date;
  }
  return null;
}

function monthOf(t: Token | undefined): number | null {
  if (t?.kind !== 'word') return null;
  return MONTHS.get(t.text) ?? null;
}

/** A date starting at token i: [year, month, day, end offset in the text]. */
function dateAt(toks: Token[], i: number, options: DatelineOptions): [number, number, number, number] | null {
  const t = toks[i];
  const end = (k: number) => toks[k].index + toks[k].text.length;
  const next = (k: number) => {
    // Skips one separator (".", ",", "-", "/") and ordinal suffixes or linking words.
    let j = k + 1;
    while (j < toks.length && j <= k + 3 && (toks[j].kind === 'sep' || ORDINAL.has(toks[j].text))) j++;
    return j;
  };
  if (t.kind === 'num') {
    const n = Number(t.text);
    // 2024-04-24, 2024/04/24, 2024.04.24, 2024年4月24日, 2024년 1월 29일
    if (t.text.length === 4) {
      const a = toks[i + 1];
      const j = a?.kind === 'sep' ? i + 2 : i + 1;
      const mTok = toks[j];
      if (mTok?.kind === 'num' && mTok.text.length <= 2) {
        const k = toks[j + 1]?.kind === 'sep' ? j + 2 : j + 1;
        const dTok = toks[k];
        if (
          dTok?.kind === 'num' &&
          dTok.text.length <= 2 &&
          validDate(n, Number(mTok.text), Number(dTok.text))
        )
          return [n, Number(mTok.text), Number(dTok.text), end(toks[k + 1]?.kind === 'sep' ? k + 1 : k)];
      }
      return null;
    }
    if (t.text.length > 2) return null;
    // 28. April 2023, 3 mars 2024, 24 de abril de 2024, 24 апреля 2024
    const j = next(i);
    const month = monthOf(toks[j]);
    if (month) {
      const k = next(j);
      const y = yearOf(toks[k]);
      if (y && validDate(y, month, n)) return [y, month, n, end(k)];
      return null;
    }
    // 05.01.2025, 05/24/2026, 5-1-2025
    const a = toks[i + 1];
    const b = toks[i + 2];
    const c = toks[i + 3];
    const e = toks[i + 4];
    if (
      a?.kind === 'sep' &&
      b?.kind === 'num' &&
      b.text.length <= 2 &&
      c?.kind === 'sep' &&
      c.text === a.text
    ) {
      const y = yearOf(e);
      if (!y || !/[./-]/.test(a.text)) return null;
      const x = Number(b.text);
      let [m, d] = options.monthFirst && a.text === '/' ? [n, x] : [x, n];
      if (m > 12 && d <= 12) [m, d] = [d, m];
      if (validDate(y, m, d)) return [y, m, d, end(i + 4)];
    }
    return null;
  }
  if (t.kind === 'word') {
    // May 24, 2026; May 15th, 2023; Apr. 3 2024
    const month = monthOf(t);
    if (!month) return null;
    const j = next(i);
    const dTok = toks[j];
    if (dTok?.kind !== 'num' || dTok.text.length > 2) return null;
    const k = next(j);
    const y = yearOf(toks[k]);
    if (y && validDate(y, month, Number(dTok.text))) return [y, month, Number(dTok.text), end(k)];
  }
  return null;
}
