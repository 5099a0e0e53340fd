import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, importFile, type ImportResult } from '../../../src/data/importers';
import { COMTRADE_FIELDS } from '../../../src/data/importers/comtrade';
import { FLOW_COLUMNS, flowRow } from '../../../src/data/schema';
import { fixtureText, utf8 } from './helpers';

const HEADERS = {
  tidy: FLOW_COLUMNS.join(','),
  comtrade: COMTRADE_FIELDS.join(','),
  gacc: fixtureText('gacc-en-no-period.csv').split('\n')[0] ?? '',
};

const cell = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    'TOTAL',
    '854231',
    '85423100',
    '8542',
    '344',
    '643',
    '0',
    'X',
    'M',
    '2023',
    '202304',
    '19,121,826',
  ),
  fc.integer().map(String),
  fc.double().map(String),
);
const csvBody = fc
  .array(fc.array(cell, { maxLength: 20 }), { maxLength: 30 })
  .map((rows) => rows.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'));

function wellFormed(result: ImportResult): void {
  // importFile turns a reader's exception into this message: it must never be needed.
  expect(result.error ?? '').not.toMatch(/failed unexpectedly/);
  expect(Array.isArray(result.rows)).toBe(true);
  expect(result.rows.length === 0 || result.error === null).toBe(true);
  for (const row of result.rows) expect(flowRow.safeParse(row).success).toBe(true);
  for (const rejected of result.rejected) expect(rejected.row).toBeGreaterThanOrEqual(1);
}

const options = { period: '2023', flow: 'exports' as const };

describe('importers never throw', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.string(), (bytes, name) => {
        expect(() => detectFormat(bytes, name)).not.toThrow();
        const result = importFile(bytes, name, options);
        wellFormed(result);
        if (result.format === 'unknown') expect(result.error).toMatch(/not one we can read/);
      }),
      { numRuns: 300 },
    );
  });

  it('on random text, as CSV and as JSON', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        wellFormed(importFile(utf8(text), 'x.csv', options));
        wellFormed(importFile(utf8(`{"data":${text}`), 'x.json', options));
      }),
      { numRuns: 300 },
    );
  });

  it.each(Object.entries(HEADERS))('on random rows under a %s header', (_format, header) => {
    fc.assert(
      fc.property(csvBody, (body) => {
        wellFormed(importFile(utf8(`${header}\n${body}`), 'x.csv', options));
      }),
      { numRuns: 200 },
    );
  });

  it('on random Comtrade JSON records', () => {
    const record = fc.dictionary(
      fc.constantFrom(...COMTRADE_FIELDS),
      fc.oneof(cell, fc.constant(null), fc.integer()),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        wellFormed(importFile(utf8(JSON.stringify({ data: records })), 'x.json', options));
      }),
      { numRuns: 200 },
    );
  });
});
