// A published table is one row of PUBLISHED_RULES: its manifest kind, worker rules and zod row schema all come
// from that row, and the schema written from the rules is the data contract it was by hand.
import { describe, expect, it } from 'vitest';
import { ROW_RULES, TABLE_KINDS } from '../../../src/data/csv/row-rules';
import { PUBLISHED_RULES, type PublishedKind } from '../../../src/data/published-tables';
import { TABLE_SCHEMAS } from '../../../src/data/tables';

const gaccReportedTotal = TABLE_SCHEMAS['published-totals'];
const headlineFigure = TABLE_SCHEMAS.headlines;

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
  it('gives every row its manifest kind, worker rules and zod schema, columns in the same order', () => {
    for (const [kind, rules] of Object.entries(PUBLISHED_RULES)) {
      expect(TABLE_KINDS).toContain(kind);
      expect(ROW_RULES[kind as PublishedKind]).toBe(rules);
      expect(Object.keys(TABLE_SCHEMAS[kind as PublishedKind].shape)).toEqual(Object.keys(rules));
    }
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

  it('keeps every headline column as text, in file order, the claim’s translations last and optional', () => {
    expect(Object.keys(headlineFigure.shape)).toEqual([
      'id',
      'claim',
      'value',
      'unit',
      'period',
      'source_as_attributed',
      'url',
      'note',
      'claim_zh',
      'claim_ru',
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
    // A file of an earlier data version has no claim_zh, claim_ru; an empty translation is null, never "".
    const earlier = {
      id: 'x',
      claim: 'c',
      value: '',
      unit: '',
      period: '',
      source_as_attributed: '',
      url: '',
      note: '',
    };
    expect(headlineFigure.safeParse({ ...earlier, claim_zh: null, claim_ru: '译' }).success).toBe(true);
    expect(headlineFigure.safeParse({ ...earlier, claim_zh: '' }).success).toBe(false);
    expect(headlineFigure.safeParse({ id: 1 }).success).toBe(false);
  });
});
