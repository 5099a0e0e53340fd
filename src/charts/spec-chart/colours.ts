// Series colours follow the series, not their position: a tier keeps its colour in every chart, and hiding
// a series never recolours the others.
import { TIER_ORDER } from '../../data/tiers';
import type { Series } from '../../data/series';
import { colourAt, type ChartTheme, type SeriesColour } from '../kit/palette';

export function seriesColours(
  series: readonly Series[],
  theme: ChartTheme = 'light',
): ReadonlyMap<string, SeriesColour> {
  const tierIndex = (key: string) => TIER_ORDER.indexOf(key as (typeof TIER_ORDER)[number]);
  const allTiers = series.length > 0 && series.every((s) => tierIndex(s.key) >= 0);
  return new Map(series.map((s, i) => [s.key, colourAt(allTiers ? tierIndex(s.key) : i, theme)]));
}
