// Draws any SpecChartData the way its spec asks: a chart of the chosen type, the table of exactly what the
// chart shows, or the chart's sources. The legend highlights and hides series within this view.
import { lazy, useMemo, useState, type ComponentType } from 'react';
import type { Series, Unit } from '../../data/series';
import { chartTypeRow } from '../../spec/chart-types';
import type { ChartSpec } from '../../spec/schema';
import { LineChart } from '../line/LineChart';
import { formatLong } from '../kit/unit-format';
import { useElementWidth } from '../kit/useElementWidth';
import { lineChartInput, referenceMarksIn, wantsDirectLabels } from './chart-input';
import { seriesColours } from './colours';
import { useChartTheme } from '../kit/useChartTheme';
import { Legend } from '../kit/Legend';
import { periodTable, seriesTable } from './table-rows';
import { tooltipText } from './tooltip-text';
import type { ReferenceMark } from '../kit/types';
import type { SpecChartData } from './types';
import './spec-chart.css';
import { i18n } from '../../i18n/i18n';
import { WithCode } from '../kit/WithCode';

export interface SpecChartViewProps {
  data: SpecChartData;
  referenceMarks?: readonly ReferenceMark[];
}

// Lines are the default everywhere (and what most embeds show); the other chart types, the table and the
// sources view are fetched when a spec first asks for them, so an embed of a line chart does not pay for them.
// The component suspends while its code loads: the figure around it (SpecFigure) holds a Suspense boundary and
// says "loading" until the chart is drawn. preloadChartCode starts the fetch early, beside the data.
const CHART_CODE = {
  'ranked-bar': () => import('../ranked-bar/RankedBarChart'),
  'small-multiples': () => import('../small-multiples/SmallMultiples'),
  stacked: () => import('../stacked/StackedChart'),
  table: () => import('./SpecTable'),
  sources: () => import('./SourcesView'),
} as const;

type ChartCode = keyof typeof CHART_CODE;
type ChartModule<C extends ChartCode> = Awaited<ReturnType<(typeof CHART_CODE)[C]>>;

// Modules already loaded, so a lazy view renders at once when its code is here (a prerendered page awaits it
// before hydrating: the prerendered chart is then hydrated in place, never swapped for a fallback).
const loadedCode = new Map<ChartCode, unknown>();

async function loadCode<C extends ChartCode>(code: C): Promise<ChartModule<C>> {
  const module = (await CHART_CODE[code]()) as ChartModule<C>;
  loadedCode.set(code, module);
  return module;
}

function lazyView<C extends ChartCode, P extends object>(
  code: C,
  pick: (module: ChartModule<C>) => ComponentType<P>,
) {
  return lazy(() => {
    const ready = loadedCode.get(code) as ChartModule<C> | undefined;
    // A thenable that answers synchronously: React.lazy then renders without suspending.
    if (ready)
      return {
        then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve({ default: pick(ready) }),
      } as unknown as Promise<{ default: ComponentType<P> }>;
    return loadCode(code).then((module) => ({ default: pick(module) }));
  });
}

const RankedBarChart = lazyView('ranked-bar', (m) => m.RankedBarChart);
const SmallMultiples = lazyView('small-multiples', (m) => m.SmallMultiples);
const StackedChart = lazyView('stacked', (m) => m.StackedChart);
const SpecTable = lazyView('table', (m) => m.SpecTable);
const SourcesView = lazyView('sources', (m) => m.SourcesView);

function chartCodeFor({ chart, view }: Pick<ChartSpec, 'chart' | 'view'>): ChartCode | null {
  if (view !== 'chart') return view;
  const { code } = chartTypeRow(chart);
  return code === 'line' ? null : code;
}

/** Loads the code a spec's view needs, resolving when a lazy view of it would render without suspending. */
export async function loadChartCode(spec: Pick<ChartSpec, 'chart' | 'view'>): Promise<void> {
  const code = chartCodeFor(spec);
  if (code) await loadCode(code);
}

/** Starts loading the code a spec's view needs (a no-op for lines, which are always there). */
export function preloadChartCode(spec: Pick<ChartSpec, 'chart' | 'view'>): void {
  const code = chartCodeFor(spec);
  if (code) void loadCode(code);
}

/** Every lazy view, e.g. once the explorer is idle, so switching chart type never waits. */
export function preloadAllChartCode(): void {
  for (const code of Object.keys(CHART_CODE) as ChartCode[]) void loadCode(code);
}

/** Index numbers, changes and prices do not add up: a stack of them would mean nothing. */
export function stackable(unit: Unit): boolean {
  return unit.kind === 'currency' || unit.kind === 'quantity' || unit.kind === 'percent';
}

/** Series that hold the same trade twice (a tier and one of its codes) are never stacked: lines instead. */
function stackRefusal(data: SpecChartData, shown: readonly Series[]): string | null {
  if (!stackable(data.unit))
    return i18n._({
      id: 'chart.no-stack',
      message: 'These values cannot be added up, so they are drawn as lines rather than stacked.',
    });
  const keys = new Set(shown.map((s) => s.key));
  const overlaps = (data.overlaps ?? []).filter((o) => o.keys.every((key) => keys.has(key)));
  if (overlaps.length === 0) return null;
  return i18n._(
    {
      id: 'chart.no-stack-twice',
      message:
        '{overlaps}: a stack would count that trade twice, so they are drawn as lines rather than stacked.',
    },
    { overlaps: overlaps.map((o) => o.text).join('; ') },
  );
}

/** Notices about how this chart type draws the data (shown above the chart, written into its images). */
export function viewNotices(data: SpecChartData, shown: readonly Series[]): string[] {
  const { chart } = data.spec;
  const notices: string[] = [];
  const stacks = chartTypeRow(chart).stack !== null;
  const refusal = stacks ? stackRefusal(data, shown) : null;
  if (refusal !== null) {
    notices.push(refusal);
  } else if (stacks) {
    const gaps = data.periods.filter((period) => {
      const values = shown.map((s) => s.points.find((p) => p.period === period)?.value ?? null);
      return values.some((v) => v === null) && values.some((v) => v !== null);
    });
    if (gaps.length > 0)
      notices.push(
        i18n._(
          {
            id: 'chart.stack-gaps',
            message: 'Some series have no data in {periods}: those stacks are incomplete.',
          },
          { periods: gaps.join(', ') },
        ),
      );
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
  const theme = useChartTheme();
  const colours = useMemo(() => seriesColours(data.series, theme), [data.series, theme]);
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
  const row = chartTypeRow(data.spec.chart);
  if (row.code === 'ranked-bar') {
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
  if (row.code === 'small-multiples') {
    return <SmallMultiples data={input} {...common} />;
  }
  if (row.stack !== null && stackRefusal(data, shown) === null) {
    return <StackedChart data={input} kind={row.stack} {...common} />;
  }
  return <LineChart data={input} {...common} />;
}

/** Where the Data & sources page lists each CHPL code's HS 2017 line (relative: the same in the app and embeds). */
export const RELATION_TABLE_HREF = './#/sources#hs-relation';

/** Notes on the HS 2022 change, each linked to the relation table that gives every code's class and reason. */
function HsChangeNotes({ notes }: { notes: readonly string[] }) {
  return (
    // A note holding a list (role "note" is not allowed on the list itself: axe's aria-allowed-role).
    <div role="note">
      <ul className="hs-change-notes">
        {notes.map((note) => (
          <li key={note}>
            {note}{' '}
            <a href={RELATION_TABLE_HREF} target="_blank" rel="noopener">
              {i18n._({ id: 'chart.relation-table', message: 'Relation table' })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SpecChartView({ data, referenceMarks = [] }: SpecChartViewProps) {
  const { hidden, highlighted, toggle, setHighlighted } = useLegendState();
  const [measureRef, width] = useElementWidth<HTMLDivElement>(720);
  const shown = useMemo(() => data.series.filter((s) => !hidden.has(s.key)), [data.series, hidden]);
  const theme = useChartTheme();
  const colours = useMemo(() => seriesColours(data.series, theme), [data.series, theme]);
  const { view, chart } = data.spec;
  const notices = [...data.notices, ...(view === 'chart' ? viewNotices(data, shown) : [])];
  // Only the marks inside the chart's periods are listed as "marked on the chart".
  const drawnMarks = referenceMarksIn(referenceMarks, data.periods);
  const tableModel = useMemo(
    () =>
      chartTypeRow(chart).periods === 'latest'
        ? seriesTable(data.series, data.periods.at(-1) ?? data.spec.to)
        : periodTable(data.series, data.periods),
    [chart, data],
  );
  return (
    <div className="spec-chart" ref={measureRef} data-view={view} data-chart-type={chart}>
      {notices.length > 0 ? (
        <div role="note">
          <ul className="chart-notices">
            {notices.map((notice) => (
              // A notice may quote a file or column from the data's texts (a relation note): shown as code.
              <li key={notice}>
                <WithCode text={notice} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data.hsNotes && data.hsNotes.length > 0 ? <HsChangeNotes notes={data.hsNotes} /> : null}
      {view === 'table' ? (
        <SpecTable
          caption={i18n._(
            { id: 'table.caption', message: '{title}: {subtitle}' },
            { title: data.title, subtitle: data.subtitle },
          )}
          model={tableModel}
          unit={data.unit}
        />
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
      {view === 'chart' && drawnMarks.length > 0 ? (
        // Links under the chart, not in it: the plot is one keyboard stop, with no controls nested inside.
        <ul
          className="reference-links"
          aria-label={i18n._({ id: 'chart.marks', message: 'Published figures marked ◇ on the chart' })}
        >
          {drawnMarks.map((mark) => (
            <li key={mark.id} data-reference-link={mark.id}>
              ◇ {mark.title ?? mark.label}:{' '}
              <a href={mark.url} target="_blank" rel="noopener noreferrer" lang="en">
                {mark.sourceTitle}
              </a>
              {mark.secondary ? i18n._({ id: 'chart.mark-secondary', message: ' (secondary report)' }) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {view === 'chart' && shown.length === 0 ? (
        <p className="notice" role="status">
          {data.series.length === 0
            ? i18n._({ id: 'chart.nothing', message: 'There is nothing to draw for this selection.' })
            : i18n._({
                id: 'chart.all-hidden',
                message: 'Every series is hidden: press one in the legend to show it.',
              })}
        </p>
      ) : null}
    </div>
  );
}
