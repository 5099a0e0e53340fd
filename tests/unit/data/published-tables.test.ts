// A published table is one row of PUBLISHED_TABLES: its file path, source id, manifest kind, worker rules and zod
// row schema all come from that row, and the schema written from the rules is the data contract it was by hand.
import { describe, expect, it } from 'vitest';
import { ROW_RULES, TABLE_KINDS } from '../../../src/data/csv/row-rules';
import { DATA_FILES, SOURCE_IDS } from '../../../src/data/files';
import { PUBLISHED_TABLES } from '../../../src/data/published-tables';
import { gaccReportedTotal, headlineFigure } from '../../../src/data/schema';
import { TABLE_SCHEMAS } from '../../../src/data/tables';

const GACC = {
  period_start: '2025-01',
  period_end: '2025-06',
  china_exports_to_russia_usd_bn: 48.3,
  china_imports_from_russia_usd_bn: null,
  total_trade_usd_bn: 106.5,
  source_as_attributed: 'Interfax, quoting GACC',
  url: 'https://example.org/gacc-2025-06',
  published: '2025-07-14',
  note: '',
};

function issues(row: Record<string, unknown>): [string, string][] {
  const result = gaccReportedTotal.safeParse(row);
  return result.success ? [] : result.error.issues.map((i) => [String(i.path[0]), i.message]);
}

describe('the published tables registry', () => {
  it('gives every row its file, source id, kind, rules and schema', () => {
    for (const [key, table] of Object.entries(PUBLISHED_TABLES)) {
      expect(DATA_FILES[key as keyof typeof PUBLISHED_TABLES]).toBe(table.file);
      expect(SOURCE_IDS[key as keyof typeof PUBLISHED_TABLES]).toBe(table.source);
      expect(TABLE_KINDS).toContain(table.kind);
      expect(ROW_RULES[table.kind]).toBe(table.rules);
      expect(Object.keys(TABLE_SCHEMAS[table.kind].shape)).toEqual(Object.keys(table.rules));
    }
    expect(DATA_FILES.gaccReportedTotals).toBe('gacc_reported_totals.csv');
    expect(SOURCE_IDS.headlineFigures).toBe('headline-figures');
  });

  it('writes the GACC totals schema the data contract had: empty figures null, never 0; pages as URLs', () => {
    expect(gaccReportedTotal.parse(GACC)).toEqual(GACC);
    expect(issues({ ...GACC, period_start: '2025-02' })).toEqual([
      ['period_start', 'Invalid string: must match pattern /^\\d{4}-01$/'],
    ]);
    expect(issues({ ...GACC, period_end: '2025-13' })).toHaveLength(1);
    expect(issues({ ...GACC, total_trade_usd_bn: '106.5' })).toEqual([
      ['total_trade_usd_bn', 'Invalid input: expected number, received string'],
    ]);
    expect(issues({ ...GACC, source_as_attributed: '' })).toEqual([
      ['source_as_attributed', 'Too small: expected string to have >=1 characters'],
    ]);
    expect(issues({ ...GACC, url: 'not a url' })).toEqual([['url', 'Invalid URL']]);
  });

  it('keeps every headline column as text, in file order', () => {
    expect(Object.keys(headlineFigure.shape)).toEqual([
      'id',
      'claim',
      'value',
      'unit',
      'period',
      'source_as_attributed',
      'url',
      'note',
    ]);
    expect(
      headlineFigure.safeParse({
        id: 'x',
        claim: '',
        value: '',
        unit: '',
        period: '',
        source_as_attributed: '',
        url: '',
        note: '',
      }).success,
    ).toBe(true);
    expect(headlineFigure.safeParse({ id: 1 }).success).toBe(false);
  });
});
