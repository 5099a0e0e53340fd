// Ranked horizontal bars: one bar per series for one period (the spec's `to`), largest first as the query
// ordered them, each labelled with its value. On narrow screens the names go above the bars.
import { scaleLinear } from 'd3-scale';
import type { Series, Unit } from '../../data/series';
import type { SeriesColour } from '../kit/palette';
import type { ReferenceMark } from '../kit/types';
import { estimateTextWidth } from '../kit/text-layout';
import { formatShort, unitAxisLabel } from '../kit/unit-format';
import { shortLabel } from '../line/layout';
import { FONT_SIZE } from '../kit/time-frame';
import { i18n } from '../../i18n/i18n';

export interface RankedBarData {
  series: readonly Series[];
  colours: ReadonlyMap<string, SeriesColour>;
  period: string;
  unit: Unit;
  referenceMarks?: readonly ReferenceMark[];
}

export interface BarMark {
  key: string;
  label: string;
  fullLabel: string;
  colour: SeriesColour;
  value: number | null;
  valueText: string;
  labelX: number;
  labelY: number;
  /** Bar box; width 0 when there is no data. */
  x: number;
  y: number;
  width: number;
  height: number;
  valueX: number;
  valueAnchor: 'start' | 'end';
}

export interface RankedBarLayout {
  width: number;
  height: number;
  unitLabel: string;
  zeroX: number;
  ticks: { x: number; label: string }[];
  plotTop: number;
  plotBottom: number;
  bars: BarMark[];
  references: { id: string; x: number; y: number; label: string; url: string; sourceTitle: string }[];
}

const TOP = 28;
const BAR_COLOUR: SeriesColour = { line: '#0072B2', text: '#0072B2' };
const BAR_HEIGHT = 18;

function valueAt(series: Series, period: string): number | null {
  return series.points.find((p) => p.period === period)?.value ?? null;
}

export function rankedBarLayout(data: RankedBarData, width: number): RankedBarLayout {
  const narrow = width < 520;
  const labels = data.series.map((s) => shortLabel(s.label, narrow ? 44 : 34));
  const labelWidth = narrow
    ? 0
    : Math.min(width * 0.4, Math.max(...labels.map((l) => estimateTextWidth(l, FONT_SIZE)), 40) + 12);
  const rowHeight = narrow ? 42 : 30;
  const values = data.series.map((s) => valueAt(s, data.period));
  const markValues = (data.referenceMarks ?? []).map((m) => m.value);
  const known = [...values.filter((v): v is number => v !== null), ...markValues];
  const valueRoom = 78;
  const x = scaleLinear()
    .domain([Math.min(0, ...known), Math.max(0, ...known, 1e-9)])
    .range([labelWidth + 4, width - valueRoom])
    .nice(narrow ? 3 : 5);
  const zeroX = x(0);
  const bars = data.series.map((series, i): BarMark => {
    const value = values[i] ?? null;
    const rowTop = TOP + i * rowHeight;
    const barY = rowTop + (narrow ? 18 : (rowHeight - BAR_HEIGHT) / 2);
    const end = value === null ? zeroX : x(value);
    const negative = value !== null && value < 0;
    return {
      key: series.key,
      label: labels[i] ?? series.label,
      fullLabel: series.label,
      // Bars are told apart by their labels: one colour, since a colour per rank would encode nothing.
      colour: BAR_COLOUR,
      value,
      valueText:
        value === null
          ? i18n._({ id: 'chart.no-data', message: 'no data' })
          : formatShort(value, data.unit, true),
      labelX: narrow ? zeroX : labelWidth - 8,
      labelY: narrow ? rowTop + 11 : barY + BAR_HEIGHT / 2,
      x: Math.min(zeroX, end),
      y: barY,
      width: Math.abs(end - zeroX),
      height: BAR_HEIGHT,
      valueX: negative ? end - 5 : end + 5,
      valueAnchor: negative ? 'end' : 'start',
    };
  });
  const plotBottom = TOP + data.series.length * rowHeight;
  const references = (data.referenceMarks ?? []).flatMap((mark) => {
    const bar = bars.find((b) => b.key === mark.seriesKey) ?? bars[0];
    if (!bar) return [];
    return [
      {
        id: mark.id,
        x: x(mark.value),
        y: bar.y + bar.height / 2,
        label: mark.label,
        url: mark.url,
        sourceTitle: mark.sourceTitle,
      },
    ];
  });
  return {
    width,
    height: plotBottom + 24,
    unitLabel: `${unitAxisLabel(data.unit)}, ${data.period}`,
    zeroX,
    ticks: x.ticks(narrow ? 3 : 5).map((value) => ({ x: x(value), label: formatShort(value, data.unit) })),
    plotTop: TOP,
    plotBottom,
    bars,
    references,
  };
}
