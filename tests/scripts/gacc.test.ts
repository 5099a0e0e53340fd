import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGaccTotals } from '../../scripts/parsers/gacc';
import { rawFile } from './helpers/raw';

const FIXTURE = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'pipeline', 'gacc_reported_totals.csv'),
  'utf8',
);
const HEADER = FIXTURE.split('\n')[0] + '\n';

describe('parseGaccTotals', () => {
  it('reads year-to-date totals with their attribution; an empty figure stays null, never 0', () => {
    const rows = parseGaccTotals(rawFile('gacc', 'gacc_reported_totals.csv', FIXTURE));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      period_start: '2023-01',
      period_end: '2023-06',
      china_exports_to_russia_usd_bn: 10.5,
      total_trade_usd_bn: 30.75,
      source_as_attributed: 'Fixture outlet A',
      url: 'https://example.org/a',
    });
    expect(rows[1]!.china_exports_to_russia_usd_bn).toBeNull();
    expect(rows[1]!.total_trade_usd_bn).toBe(99.5);
  });

  it('names file, row and column of a bad cell', () => {
    const bad = (cells: string) => () => parseGaccTotals(rawFile('gacc', 'g.csv', HEADER + cells + '\n'));
    expect(bad('2023-02,2023-06,1,2,3,A,https://e.org,,')).toThrow(/g\.csv row 2, column period_start/);
    expect(bad('2023-01,2024-02,1,2,3,A,https://e.org,,')).toThrow(/row 2, column period_end/);
    expect(bad('2023-01,2023-06,-1,2,3,A,https://e.org,,')).toThrow(
      /row 2, column china_exports_to_russia_usd_bn/,
    );
    expect(bad('2023-01,2023-06,1,2,3,A,not a url,,')).toThrow(/row 2, column url/);
    expect(bad('2023-01,2023-06,1,2,3,,https://e.org,,')).toThrow(/row 2, column source_as_attributed/);
  });
});
