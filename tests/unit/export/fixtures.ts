// Small hand-made inputs shared by the export tests (no real data: the numbers only exercise the writers).
import manifestJson from '../../fixtures/export/manifest.json';
import { manifest as manifestSchema, type FlowRow } from '../../../src/data/schema';
import type { Series } from '../../../src/data/series';
import { defaultSpecFor, type ChartSpec } from '../../../src/spec';

export const MANIFEST = manifestSchema.parse(manifestJson);

export const BACI_SPEC: ChartSpec = {
  ...defaultSpecFor('baci-hs6'),
  products: [
    { kind: 'tier', tier: '1' },
    { kind: 'hs6', code: '854231' },
  ],
  from: '2020',
  to: '2023',
};

export const TIER_SERIES: Series[] = [
  {
    key: '1',
    label: 'Tier 1',
    freq: 'A',
    unit: { kind: 'currency', currency: 'USD' },
    points: [
      { period: '2020', value: 1250.5, basis: 'reconciled', sources: ['baci'] },
      { period: '2021', value: null, basis: null, sources: [] },
      { period: '2022', value: 3e21, basis: 'exporter-reported', sources: ['baci'] },
    ],
  },
  {
    key: 'h6:854231',
    label: '=HYPERLINK("http://evil.example","x")',
    freq: 'A',
    unit: { kind: 'currency', currency: 'USD' },
    points: [{ period: '2020', value: 0.000001, basis: 'reconciled', sources: ['baci'] }],
  },
];

export const FLOW_ROWS: FlowRow[] = [
  {
    period: '2021',
    freq: 'A',
    exporter: 'CHN',
    importer: 'RUS',
    product: '010620',
    value: 1234.5,
    currency: 'USD',
    quantity: null,
    quantity_unit: null,
    source: 'baci',
    basis: 'reconciled',
  },
  {
    period: '2022',
    freq: 'A',
    exporter: 'CHN',
    importer: 'RUS',
    product: '854231',
    value: 99,
    currency: 'USD',
    quantity: 0.5,
    quantity_unit: 't',
    source: 'baci',
    basis: 'exporter-reported',
  },
];
