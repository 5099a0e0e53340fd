// The story's first chart is drawn by the build once per layout (src/story/first-chart-layouts.tsx): story.css
// shows one drawing per window and hydration keeps the same one, so both must read the same queries.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartHeight } from '../../../src/charts/kit/time-frame';
import {
  FIRST_CHART_LAYOUT_QUERIES,
  FIRST_CHART_LAYOUTS,
  firstChartLayoutFor,
} from '../../../src/story/prerendered-story';
import { STACKED_QUERY } from '../../../src/story/StoryPage';

const css = readFileSync(path.join(import.meta.dirname, '../../../src/story/story.css'), 'utf8');

/** The queries a window of this width matches, among those the layouts are chosen by. */
function windowOf(width: number) {
  return (query: string) => {
    const max = /max-width: ([\d.]+)px/.exec(query);
    const min = /min-width: ([\d.]+)px/.exec(query);
    return (!max || width <= Number(max[1])) && (!min || width >= Number(min[1]));
  };
}

describe('the story’s first chart in several layouts', () => {
  it('shows each drawing under the media query that hydration reads', () => {
    for (const [layout, query] of Object.entries(FIRST_CHART_LAYOUT_QUERIES)) {
      const rule = css.indexOf(`@media ${query} {`);
      expect(rule, query).toBeGreaterThan(-1);
      expect(css.slice(rule, css.indexOf('\n}\n', rule)), query).toContain(`[data-layout='${layout}']`);
    }
  });

  it('keeps the drawing shown in a 390, an 800 and a 1280 px window, each at its column’s width', () => {
    expect(firstChartLayoutFor(windowOf(390))).toBe('narrow');
    expect(firstChartLayoutFor(windowOf(800))).toBe('mid');
    expect(firstChartLayoutFor(windowOf(1280))).toBe('wide');
    // A phone's column is the window less 2rem; an 800 px window's sticky column 3/5 of it less 4.5rem.
    expect(FIRST_CHART_LAYOUTS.narrow).toBe(390 - 32);
    expect(FIRST_CHART_LAYOUTS.mid).toBe(Math.floor(((800 - 72) * 3) / 5));
  });

  it('shows a phone-shaped drawing where the chart is phone-shaped, the wide one elsewhere', () => {
    // Under 560 px a chart is 460 px tall (time-frame.ts); the page stacks under 721 px (StoryPage.tsx).
    expect(STACKED_QUERY).toBe('(max-width: 720px)');
    for (const layout of ['narrow', 'mid'] as const)
      expect(chartHeight(FIRST_CHART_LAYOUTS[layout])).toBe(460);
    expect(chartHeight(FIRST_CHART_LAYOUTS.wide)).toBe(400);
    // Stacked, the column reaches 560 px in a 592 px window; beside the text, in a 1005.34 px one.
    expect(firstChartLayoutFor(windowOf(591))).toBe('narrow');
    expect(firstChartLayoutFor(windowOf(592))).toBe('wide');
    expect(firstChartLayoutFor(windowOf(720))).toBe('wide');
    expect(firstChartLayoutFor(windowOf(721))).toBe('mid');
    expect(firstChartLayoutFor(windowOf(1005))).toBe('mid');
    expect(firstChartLayoutFor(windowOf(1006))).toBe('wide');
  });
});
