// Machine-readable dates (JSON-LD, meta tags, time[datetime]) as ISO 8601. The page's own offset
// is kept: converting to UTC would move a 00:30 (+02:00) article to the day before.
import { parseDateline } from './dateline.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant written in another format (RFC 2822, epoch seconds) as ISO in its own offset. */
function fromInstant(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${date}T${time}${offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;

export function toIsoDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  const iso = ISO.exec(s.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3'));
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    let out = `${y}-${mo}-${d}`;
    if (h) out += `T${h}:${mi}${sec ? `:${sec}${frac ?? ''}` : ''}`;
    if (h && zone) out += zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return out;
  }
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`;
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
    return fromInstant(ms, 0);
  }
  // RFC 2822 and similar: keep the offset the string names.
  const zone = /([+-])(\d{2}):?(\d{2})$/.exec(s);
  const parsed = Date.parse(s);
  if (!Number.isNaN(parsed) && /\d{1,2}:\d{2}/.test(s) && (zone || /\b(?:GMT|UTC|Z)\s*$/.test(s))) {
    const offset = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
    return fromInstant(parsed, offset);
  }
  return parseDateline(s);
}
