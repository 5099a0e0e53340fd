// SpecFigure and SpecChartView on the hand-made fixtures of tests/fixtures/app: the query cache is filled
// beforehand, so no worker or network is involved.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { SpecFigure, type SpecFigureProps } from '../../src/figure/SpecFigure';
import { buildSpecChartData } from '../../src/figure/spec-data/spec-chart-data';
import type { SpecChartData } from '../../src/charts/spec-chart/types';
import { DATA_FILES } from '../../src/data/files';
import { seriesForSpec, type SpecTables } from '../../src/query/spec-series';
import type { PartnerRow } from '../../src/data/schema';
import { DEFAULT_SPEC } from '../../src/spec/defaults';
import type { ChartSpec } from '../../src/spec/schema';
import { fixtureManifest, fixtureTable } from '../unit/data/fixtures';

export const manifest = fixtureManifest();
export const flows = fixtureTable('baci_chpl.csv', 'flows');
export const concordance = fixtureTable('concordance.csv', 'concordance');
export const events = fixtureTable('events.csv', 'events');
const partners = { rows: [] as PartnerRow[], errors: [] };

export const tierSpec: ChartSpec = { ...DEFAULT_SPEC, chart: 'line' };

export function filledClient(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(['manifest'], manifest);
  client.setQueryData(['table', 'flows', DATA_FILES.baciChpl], flows);
  client.setQueryData(['table', 'concordance', DATA_FILES.concordance], concordance);
  client.setQueryData(['table', 'events', DATA_FILES.events], events);
  client.setQueryData(['table', 'partners', DATA_FILES.partners], partners);
  return client;
}

export function renderFigure(props: Partial<SpecFigureProps> = {}) {
  const { container } = render(
    <QueryClientProvider client={filledClient()}>
      <SpecFigure spec={tierSpec} chartId="chpl-tiers" {...props} />
    </QueryClientProvider>,
  );
  const figure = container.querySelector('figure.chart');
  if (!figure) throw new Error('no figure');
  return figure as HTMLElement;
}

/** SpecChartData for a spec over the fixture tables, computed as the hook does. */
export function chartData(spec: ChartSpec): SpecChartData {
  const tables: SpecTables = {
    manifest,
    flows: new Map([[DATA_FILES.baciChpl, flows.rows]]),
    concordance: concordance.rows,
  };
  return buildSpecChartData({
    spec,
    tables,
    computed: seriesForSpec(spec, tables),
    flowPaths: [DATA_FILES.baciChpl],
    filePaths: [DATA_FILES.manifest, DATA_FILES.baciChpl],
    events: events.rows,
  });
}
