// Peer 2: the same chart with Observable Plot; d3-dsv parses both CSVs, Plot's groupX sums by year and tier.
import * as Plot from '@observablehq/plot';
import { csvParse } from 'd3-dsv';
import { CHART_HEIGHT, chartWidth, CONCORDANCE_URL, FLOWS_URL, markDrawn } from './shared';

const element = document.getElementById('chart') as HTMLElement;
const fetchCsv = async (url: string) => csvParse(await (await fetch(url)).text());

const [flows, concordance] = await Promise.all([fetchCsv(FLOWS_URL), fetchCsv(CONCORDANCE_URL)]);
const tierOf = new Map(concordance.map((row) => [row.hs6_2017, row.tier]));
const rows = flows
  .filter((row) => row.exporter === 'CHN' && row.importer === 'RUS')
  .map((row) => ({ period: row.period, tier: tierOf.get(row.product ?? ''), value: Number(row.value) }))
  .filter((row) => row.tier !== undefined);

element.append(
  Plot.plot({
    width: chartWidth(element),
    height: CHART_HEIGHT,
    x: { type: 'point', label: null },
    y: { grid: true, label: 'USD', tickFormat: '~s' },
    color: { legend: true, label: 'Tier' },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(rows, Plot.groupX({ y: 'sum' }, { x: 'period', y: 'value', stroke: 'tier', marker: true })),
    ],
  }),
);
markDrawn();
