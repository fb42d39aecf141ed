// Weather and date widgets around the article: a short block that is only a temperature with a
// place or sky ("-7°C Klaipėda", "55°F Clear") or only today's date ("Friday, March 7, 2025"),
// outside the article's own unit (the article's dateline is its byline's business).

import { isDateOnly } from '../body-text/meta-lines.ts';
import { normalizeSpace } from '../text.ts';
import { articleUnit } from './article-root.ts';
import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';

const MAX_CHARS = 60;
/** A temperature: "24°C", "-7 °C", "55°F", "24 C" (a degree sign may be an icon). */
const TEMPERATURE = /(?:^|\s)[-−+]?\d{1,3}(?:[.,]\d)?\s?(?:°\s?[CF]?|º\s?[CF]?|[CF])(?=\s|$)/;
const MAX_WEATHER_WORDS = 7;

export const weatherDateWidgets: ClutterRule = {
  name: 'weather-date-widgets',
  find({ stats, root }) {
    const unitElement = root ? articleUnit(root, stats.titles) : null;
    const unit = unitElement ? stats.indexOf(unitElement) : -1;
    // A unit around the whole measured scope (the second pass, over the article) leaves nothing.
    if (unitElement && unit < 0 && unitElement.contains(stats.elements[0] ?? null)) return [];
    const out: ClutterFinding[] = [];
    let insideEnd = -1;
    for (let i = 0; i < stats.elements.length; i++) {
      if (i < insideEnd) continue;
      const chars = stats.charsAt(i);
      if (chars < 3 || chars > MAX_CHARS) continue;
      if ((unit >= 0 && stats.holdsAt(unit, i)) || stats.tags[i] === 'A') continue;
      // The outermost element with just this text: its wrappers add nothing.
      const parent = stats.parentAt(i);
      if (parent >= 0 && stats.charsAt(parent) === chars && !(unit >= 0 && stats.holdsAt(parent, unit)))
        continue;
      const el = stats.elements[i];
      const raw = el.textContent ?? '';
      // Both a temperature and a date have a digit; most short lines (menu items) have none.
      if (!/\d/.test(raw)) continue;
      const text = normalizeSpace(raw);
      // A temperature, a place or a sky, and no other number (a date beside it is its own widget).
      const weather =
        TEMPERATURE.test(text) &&
        text.split(' ').length <= MAX_WEATHER_WORDS &&
        !/\d/.test(text.replace(TEMPERATURE, ' '));
      if (!weather && !isDateOnly(text)) continue;
      insideEnd = i + stats.sizeAt(i);
      out.push({ element: el, kind: 'widget', label: text, reason: weather ? 'weather' : 'date' });
    }
    return out;
  },
};
