import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FLOW_COLUMNS } from '../../../src/data/schema';
import type { Series } from '../../../src/data/series';
import { SERIES_COLUMNS } from '../../../src/export/columns';
import { flowRowsToCsv, seriesToCsv } from '../../../src/export/csv';
import { defaultSpecFor } from '../../../src/spec';
import { BACI_SPEC, FLOW_ROWS, MANIFEST, TIER_SERIES } from './fixtures';

function parseRecords(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, {
    header: true,
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('seriesToCsv', () => {
  const csv = seriesToCsv({ series: TIER_SERIES, spec: BACI_SPEC, manifest: MANIFEST });
  const records = parseRecords(csv);

  it('writes the documented header and one row per series x period', () => {
    expect(csv.split('\r\n')[0]).toBe(SERIES_COLUMNS.join(','));
    expect(records.map((r) => `${r.series_key}@${r.period}`)).toEqual([
      '1@2020',
      '1@2021',
      '1@2022',
      'h6:854231@2020',
    ]);
  });

  it('writes plain numbers and an empty cell for no data', () => {
    expect(records.map((r) => r.value)).toEqual(['1250.5', '', '3000000000000000000000', '0.000001']);
  });

  it('puts unit, currency, measure, transform, traders, product, source and basis on every row', () => {
    expect(records[0]).toMatchObject({
      unit: 'USD',
      currency: 'USD',
      measure: 'value',
      transform: 'absolute',
      exporter: 'CHN',
      importer: 'RUS',
      product: 't:1',
      source: 'baci',
      basis: 'reconciled',
      freq: 'A',
    });
    expect(records[1]).toMatchObject({ source: 'baci', basis: '' });
    expect(records[3]).toMatchObject({ product: 'h6:854231' });
  });

  it('neutralises a label that a spreadsheet would run as a formula', () => {
    expect(records[3]?.series_label).toBe(`'=HYPERLINK("http://evil.example","x")`);
  });

  it('keeps negative numbers as numbers (no apostrophe)', () => {
    const series: Series = {
      ...TIER_SERIES[0]!,
      points: [{ period: '2020', value: -12.5, basis: null, sources: [] }],
    };
    const out = seriesToCsv({ series: [series], spec: BACI_SPEC, manifest: MANIFEST });
    expect(parseRecords(out)[0]?.value).toBe('-12.5');
  });

  it('names partner series by reporter and direction, with the currency of a share from its source', () => {
    const spec = { ...defaultSpecFor('imf-partners'), transform: { kind: 'share', of: 'total' } as const };
    const series: Series = {
      key: 'CHN',
      label: 'China',
      freq: 'A',
      unit: { kind: 'percent' },
      points: [{ period: '2022', value: 36.5, basis: 'estimate', sources: ['imf-imts'] }],
    };
    const [record] = parseRecords(seriesToCsv({ series: [series], spec, manifest: MANIFEST }));
    expect(record).toMatchObject({
      exporter: 'CHN',
      importer: 'RUS',
      product: 'total',
      unit: 'percent',
      currency: 'USD',
      transform: 'share:total',
      basis: 'estimate',
    });
  });

  it('lets the chart describe a series its key does not explain', () => {
    const series: Series = { ...TIER_SERIES[0]!, key: 'custom' };
    const out = seriesToCsv({
      series: [series],
      spec: BACI_SPEC,
      manifest: MANIFEST,
      describe: () => ({ product: 'chpl' }),
    });
    expect(parseRecords(out)[0]?.product).toBe('chpl');
  });

  it('round-trips any series values exactly, nulls as empty cells', () => {
    const value = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });
    const seriesArb = fc.record({
      key: fc.string({ minLength: 1 }),
      label: fc.string(),
      values: fc.array(value, { maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(seriesArb, { maxLength: 5 }), (drafts) => {
        const series: Series[] = drafts.map((draft) => ({
          key: draft.key,
          label: draft.label,
          freq: 'A',
          unit: { kind: 'currency', currency: 'USD' },
          points: draft.values.map((v, i) => ({
            period: String(2000 + i),
            value: v,
            basis: null,
            sources: ['baci'],
          })),
        }));
        const parsed = parseRecords(seriesToCsv({ series, spec: BACI_SPEC, manifest: MANIFEST }));
        const expected = series.flatMap((s) => s.points.map((p) => (p.value === null ? null : p.value + 0)));
        expect(parsed.map((r) => (r.value === '' ? null : Number(r.value)))).toEqual(expected);
      }),
    );
  });
});

describe('flowRowsToCsv', () => {
  it('writes FLOW_COLUMNS in order, with empty quantity cells where none was reported', () => {
    const csv = flowRowsToCsv(FLOW_ROWS);
    expect(csv.split('\r\n')[0]).toBe(FLOW_COLUMNS.join(','));
    const records = parseRecords(csv);
    expect(records[0]).toMatchObject({ product: '010620', value: '1234.5', quantity: '', quantity_unit: '' });
    expect(records[1]).toMatchObject({ quantity: '0.5', quantity_unit: 't', basis: 'exporter-reported' });
  });

  it('adds a byte-order mark on request', () => {
    expect(flowRowsToCsv(FLOW_ROWS, { bom: true }).startsWith('\uFEFFperiod,')).toBe(true);
  });
});
