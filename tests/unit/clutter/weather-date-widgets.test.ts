import { describe, expect, it } from 'vitest';
import { findClutter } from '../../../src/core/clutter/find-clutter.ts';
import { weatherDateWidgets } from '../../../src/core/clutter/weather-date-widgets.ts';
import { loadFixture } from '../support/fixture-page.ts';

describe('weather-date-widgets (fixture clutter-weather-date-widgets)', () => {
  const doc = loadFixture('clutter-weather-date-widgets');
  const blocks = findClutter({ doc, url: null, articleRoot: null }, [weatherDateWidgets]);

  it('reports the weather and today’s date above the page as widgets', () => {
    expect(blocks.map((b) => [b.kind, b.label])).toEqual([
      ['widget', '-7°C Klaipėda'],
      ['widget', 'Wednesday, January 14, 2026'],
    ]);
  });

  it('leaves the article’s dateline and its sentences about the weather', () => {
    expect(blocks.some((b) => b.element.closest('article'))).toBe(false);
  });
});
