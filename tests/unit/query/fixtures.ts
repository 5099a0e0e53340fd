// Tiny hand-made tables for the spec queries (made-up numbers, chosen so sums are easy to check by eye).
import { DEFAULT_SPEC, defaultSpecFor } from '../../../src/spec/defaults';
import type { ChartSpec, DatasetId } from '../../../src/spec/schema';
import type { ConcordanceRow, FlowRow, Manifest, ManifestFile } from '../../../src/data/schema';
import type { SpecTables } from '../../../src/query/spec-series';
import { makeFlowRow } from '../../fixtures/flow-row';

export function row(overrides: Partial<FlowRow>): FlowRow {
  return makeFlowRow(overrides);
}

function file(path: string, hs2?: string): ManifestFile {
  return {
    path,
    kind: 'flows',
    description: path,
    rows: 1,
    bytes: 1,
    sha256: 'a'.repeat(64),
    sources: ['baci'],
    caveats: [],
    ...(hs2 ? { hs2 } : {}),
  };
}

export const manifest: Manifest = {
  schemaVersion: 1,
  dataVersion: 'test',
  generatedAt: '2025-01-01T00:00:00Z',
  sources: [],
  files: [
    file('flows/baci_chpl.csv'),
    file('flows/baci_totals.csv'),
    file('flows/baci_hs6/hs2-84.csv', '84'),
    file('flows/baci_hs6/hs2-85.csv', '85'),
  ],
  caveats: [],
  breaks: [],
};

const conc = (hs6: string, tier: ConcordanceRow['tier'], match: ConcordanceRow['match'] = 'exact') => ({
  hs6_2022: hs6,
  hs6_2017: hs6,
  tier,
  match,
  note: '',
  comparability: match === 'exact' ? ('same-scope' as const) : ('split' as const),
  comparable: match === 'exact' ? ('yes' as const) : ('no' as const),
  carved_out: '',
  override: '',
});
export const concordance: ConcordanceRow[] = [
  conc('854231', '1'),
  conc('854232', '1'),
  conc('848210', '3.B'),
];

export const chplRows: FlowRow[] = [
  row({ period: '2020', product: '854231', value: 10, quantity: 2, quantity_unit: 't' }),
  row({ period: '2021', product: '854231', value: 20, quantity: 4, quantity_unit: 't' }),
  row({ period: '2021', product: '854232', value: 5 }),
  row({
    period: '2022',
    product: '854231',
    value: 40,
    basis: 'exporter-reported',
    quantity: 5,
    quantity_unit: 't',
  }),
  row({ period: '2021', product: '848210', value: 7 }),
  row({ period: '2021', product: '854231', value: 999, exporter: 'RUS', importer: 'CHN' }),
];

export const totalRows: FlowRow[] = [
  row({ period: '2020', product: 'TOTAL', value: 100 }),
  row({ period: '2021', product: 'TOTAL', value: 200 }),
  row({ period: '2022', product: 'TOTAL', value: 400, basis: 'exporter-reported' }),
];

export const chapter85: FlowRow[] = [
  row({ period: '2021', product: '854231', value: 20 }),
  row({ period: '2021', product: '854232', value: 5 }),
  row({ period: '2021', product: '850110', value: 50 }),
  row({ period: '2022', product: '850110', value: 60 }),
  row({ period: '2021', product: '851762', value: 30 }),
];

export const chapter84: FlowRow[] = [
  row({ period: '2021', product: '848210', value: 7 }),
  row({ period: '2022', product: '847150', value: 3 }),
];

export function tables(extra: Partial<SpecTables> = {}): SpecTables {
  return {
    manifest,
    flows: new Map([
      ['flows/baci_chpl.csv', chplRows],
      ['flows/baci_totals.csv', totalRows],
      ['flows/baci_hs6/hs2-85.csv', chapter85],
      ['flows/baci_hs6/hs2-84.csv', chapter84],
    ]),
    concordance,
    ...extra,
  };
}

export function baciSpec(overrides: Partial<ChartSpec> = {}): ChartSpec {
  return { ...DEFAULT_SPEC, from: '2020', to: '2022', events: false, ...overrides };
}

export function specFor(dataset: DatasetId, overrides: Partial<ChartSpec> = {}): ChartSpec {
  return { ...defaultSpecFor(dataset), events: false, ...overrides };
}

/** The values of one series, by period. */
export function valuesOf(series: { points: readonly { period: string; value: number | null }[] }) {
  return Object.fromEntries(series.points.map((p) => [p.period, p.value]));
}
