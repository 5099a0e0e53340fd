// Peer 1: the same chart as a Vega-Lite spec; Vega loads and parses both CSVs, joins, filters and sums.
import embed from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';
import { CHART_HEIGHT, chartWidth, CONCORDANCE_URL, FLOWS_URL, markDrawn } from './shared';

const element = document.getElementById('chart') as HTMLElement;

const spec: TopLevelSpec = {
  width: chartWidth(element) - 120,
  height: CHART_HEIGHT,
  data: { url: FLOWS_URL, format: { type: 'csv', parse: { value: 'number', product: 'string' } } },
  transform: [
    { filter: "datum.exporter === 'CHN' && datum.importer === 'RUS'" },
    {
      lookup: 'product',
      from: {
        data: {
          url: CONCORDANCE_URL,
          format: { type: 'csv', parse: { hs6_2017: 'string', tier: 'string' } },
        },
        key: 'hs6_2017',
        fields: ['tier'],
      },
    },
    { filter: 'datum.tier != null' },
    { aggregate: [{ op: 'sum', field: 'value', as: 'value' }], groupby: ['period', 'tier'] },
  ],
  mark: { type: 'line', point: true },
  encoding: {
    x: { field: 'period', type: 'ordinal', title: null },
    y: { field: 'value', type: 'quantitative', title: 'USD', axis: { format: '~s' } },
    color: { field: 'tier', type: 'nominal', title: 'Tier' },
  },
};

await embed(element, spec, { renderer: 'svg', actions: false });
markDrawn();
