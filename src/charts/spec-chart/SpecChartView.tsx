// Draws any SpecChartData the way its spec asks: a chart of the chosen type, the table of exactly what the
// chart shows, or the chart's sources. The legend highlights and hides series within this view.
import { useMemo, useState } from 'react';
import type { Series, Unit } from '../../data/series';
import { LineChart } from '../line/LineChart';
import { RankedBarChart } from '../ranked-bar/RankedBarChart';
import { SmallMultiples } from '../small-multiples/SmallMultiples';
import { StackedChart } from '../stacked/StackedChart';
import { formatLong } from '../unit-format';
import { useElementWidth } from '../useElementWidth';
import { lineChartInput, referenceMarksIn, wantsDirectLabels } from './chart-input';
import { seriesColours } from './colours';
import { Legend } from './Legend';
import { SourcesView } from './SourcesView';
import { SpecTable } from './SpecTable';
import { periodTable, seriesTable } from './table-rows';
import { tooltipText } from './tooltip-text';
import type { ReferenceMark, SpecChartData } from './types';
import './spec-chart.css';

export interface SpecChartViewProps {
  data: SpecChartData;
  referenceMarks?: readonly ReferenceMark[];
}

/** Index numbers, changes and prices do not add up: a stack of them would mean nothing. */
export function stackable(unit: Unit): boolean {
  return unit.kind === 'currency' || unit.kind === 'quantity' || unit.kind === 'percent';
}

function viewNotices(data: SpecChartData, shown: readonly Series[]): string[] {
  const { chart } = data.spec;
  const notices: string[] = [];
  if ((chart === 'stacked-area' || chart === 'stacked-bar') && !stackable(data.unit)) {
    notices.push('These values cannot be added up, so they are drawn as lines rather than stacked.');
  } else if (chart === 'stacked-area' || chart === 'stacked-bar') {
    const gaps = data.periods.filter((period) => {
      const values = shown.map((s) => s.points.find((p) => p.period === period)?.value ?? null);
      return values.some((v) => v === null) && values.some((v) => v !== null);
    });
    if (gaps.length > 0)
      notices.push(`Some series have no data in ${gaps.join(', ')}: those stacks are incomplete.`);
  }
  return notices;
}

function useLegendState() {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const toggle = (key: string) => {
    const next = new Set(hidden);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setHidden(next);
    setHighlighted(null);
  };
  return { hidden, highlighted, toggle, setHighlighted };
}

function ChartBody({
  data,
  shown,
  highlighted,
  referenceMarks,
  width,
}: {
  data: SpecChartData;
  shown: readonly Series[];
  highlighted: string | null;
  referenceMarks: readonly ReferenceMark[];
  width: number;
}) {
  const colours = useMemo(() => seriesColours(data.series), [data.series]);
  const direct = wantsDirectLabels(shown, width);
  const input = useMemo(
    () => lineChartInput(data, shown, colours, referenceMarks, direct),
    [data, shown, colours, referenceMarks, direct],
  );
  const common = {
    label: data.title,
    tableCaption: `${data.title}: ${data.subtitle}`,
    text: useMemo(() => tooltipText(data), [data]),
    formatValue: (value: number | null) => formatLong(value, data.unit),
    highlighted,
  };
  const { chart } = data.spec;
  if (chart === 'ranked-bar') {
    const period = data.periods.at(-1) ?? data.spec.to;
    const rankedData = {
      series: shown,
      colours,
      period,
      unit: data.unit,
      referenceMarks: referenceMarksIn(referenceMarks, [period]),
    };
    return <RankedBarChart data={rankedData} {...common} />;
  }
  if (chart === 'small-multiples') return <SmallMultiples data={input} {...common} />;
  if ((chart === 'stacked-area' || chart === 'stacked-bar') && stackable(data.unit)) {
    return <StackedChart data={input} kind={chart === 'stacked-area' ? 'area' : 'bar'} {...common} />;
  }
  return <LineChart data={input} {...common} />;
}

export function SpecChartView({ data, referenceMarks = [] }: SpecChartViewProps) {
  const { hidden, highlighted, toggle, setHighlighted } = useLegendState();
  const [measureRef, width] = useElementWidth<HTMLDivElement>(720);
  const shown = useMemo(() => data.series.filter((s) => !hidden.has(s.key)), [data.series, hidden]);
  const colours = useMemo(() => seriesColours(data.series), [data.series]);
  const { view, chart } = data.spec;
  const notices = [...data.notices, ...(view === 'chart' ? viewNotices(data, shown) : [])];
  const tableModel = useMemo(
    () =>
      chart === 'ranked-bar'
        ? seriesTable(data.series, data.periods.at(-1) ?? data.spec.to)
        : periodTable(data.series, data.periods),
    [chart, data],
  );
  return (
    <div className="spec-chart" ref={measureRef} data-view={view} data-chart-type={chart}>
      {notices.length > 0 ? (
        <ul className="chart-notices" role="note">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
      {view === 'table' ? (
        <SpecTable caption={`${data.title}: ${data.subtitle}`} model={tableModel} unit={data.unit} />
      ) : null}
      {view === 'sources' ? <SourcesView data={data} /> : null}
      {view === 'chart' && data.series.length > 1 && chart !== 'ranked-bar' ? (
        <Legend
          series={data.series}
          colours={colours}
          hidden={hidden}
          onToggle={toggle}
          onHighlight={setHighlighted}
        />
      ) : null}
      {view === 'chart' && shown.length > 0 ? (
        <ChartBody
          data={data}
          shown={shown}
          highlighted={highlighted}
          referenceMarks={referenceMarks}
          width={width}
        />
      ) : null}
      {view === 'chart' && shown.length === 0 ? (
        <p className="notice" role="status">
          {data.series.length === 0
            ? 'There is nothing to draw for this selection.'
            : 'Every series is hidden: press one in the legend to show it.'}
        </p>
      ) : null}
    </div>
  );
}
