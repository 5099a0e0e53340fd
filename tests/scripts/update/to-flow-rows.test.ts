// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { comtradeRow, type ComtradeRow } from '../../../scripts/update/response';
import { classificationByMonth, responsesToFlowRows } from '../../../scripts/update/to-flow-rows';
import { loadFixtureRows } from './mock-comtrade';

const fixture: ComtradeRow[] = loadFixtureRows().map((row) => comtradeRow.parse(row));
const find = (period: string, cmd: string, partner: number) =>
  fixture.find((r) => r.period === period && r.cmdCode === cmd && r.partnerCode === partner) as ComtradeRow;

describe('responsesToFlowRows', () => {
  it('maps a raw row to a China-reported monthly flow row in whole US$ and tonnes', () => {
    const [flow] = responsesToFlowRows([find('202301', '854231', 344)]);
    expect(flow).toEqual({
      period: '2023-01',
      freq: 'M',
      exporter: 'CHN',
      importer: 'HKG',
      product: '854231',
      value: 3100000,
      currency: 'USD',
      quantity: 0.981,
      quantity_unit: 't',
      source: 'comtrade-monthly-chpl',
      basis: 'exporter-reported',
    });
  });

  it('gives no quantity (null, never 0) for a zero weight, and keeps an estimated positive one', () => {
    const [zero, estimated] = responsesToFlowRows([
      find('202303', '848210', 643),
      find('202302', '848210', 643),
    ]);
    expect(zero).toMatchObject({ quantity: null, quantity_unit: null, value: 598000 });
    expect(estimated).toMatchObject({ quantity: 48, quantity_unit: 't' });
  });

  it('maps every fixture row, one flow row each', () => {
    const flows = responsesToFlowRows(fixture);
    expect(flows).toHaveLength(fixture.length);
    expect(new Set(flows.map((f) => f.importer))).toEqual(new Set(['RUS', 'HKG']));
  });

  it('keeps leading zeros in codes and Armenia as ARM (Comtrade code 51)', () => {
    const row = { ...find('202301', '854231', 643), cmdCode: '010620', partnerCode: 51, partnerISO: 'ARM' };
    expect(responsesToFlowRows([row])[0]).toMatchObject({ product: '010620', importer: 'ARM' });
  });

  it('refuses two rows for the same month, partner and code (they would double count)', () => {
    const row = find('202301', '854231', 643);
    expect(() => responsesToFlowRows([row, { ...row, motCode: 1000 }])).toThrow(
      /two rows for 2023-01\|RUS\|854231/,
    );
  });

  it('refuses a partner it cannot name', () => {
    const row = { ...find('202301', '854231', 643), partnerCode: 999, partnerISO: null };
    expect(() => responsesToFlowRows([row])).toThrow(/partner 999/);
  });

  it('is pure: same input, same output, input untouched', () => {
    const before = JSON.stringify(fixture);
    expect(responsesToFlowRows(fixture)).toEqual(responsesToFlowRows(fixture));
    expect(JSON.stringify(fixture)).toBe(before);
  });
});

describe('classificationByMonth', () => {
  it('lists the HS edition(s) each month was reported in', () => {
    const h5 = { ...find('202301', '854231', 643), classificationCode: 'H5', period: '201901' };
    expect(Object.fromEntries(classificationByMonth([h5, ...fixture]))).toEqual({
      '2019-01': ['H5'],
      '2023-01': ['H6'],
      '2023-02': ['H6'],
      '2023-03': ['H6'],
    });
  });
});
