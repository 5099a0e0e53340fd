import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/data/importers';
import { slugOf as browserSlug } from '../../../src/query/user/slug';
import { packRows, unpackRows, unpackRowsInSlices, UNPACK_SLICE } from '../../../src/query/user/packed-rows';
import { slugOf as cliSlug } from '../../../scripts/import/store';
import { makeUserFile, userRow } from './fixtures';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'importers', name)));

describe('a reader’s file in memory', () => {
  it('gives every row the one source user:<slug>, the slug the CLI import would give', () => {
    for (const name of ['My file (2023).csv', 'China Customs 2023 (EN).csv', '海关.csv', 'a.b.json']) {
      expect(browserSlug(name)).toBe(cliSlug(name));
    }
    const file = makeUserFile();
    expect(file.sourceId).toBe('user:my_file_2023');
    expect(new Set(file.rows.map((row) => row.source))).toEqual(new Set(['user:my_file_2023']));
  });

  it('relabels a tidy file’s rows that named another source (an import never passes for built-in data)', () => {
    const result = importFile(fixture('tidy-flows.csv'), 'tidy-flows.csv');
    const file = makeUserFile(result.rows, 'tidy-flows.csv');
    expect(result.rows.length).toBeGreaterThan(0);
    expect(file.rows.every((row) => row.source === 'user:tidy_flows')).toBe(true);
  });

  it('knows its pairs (China -> Russia first), periods and main currency', () => {
    const { facts } = makeUserFile();
    expect(facts.pairs.map((p) => p.key)).toEqual(['CHN-RUS', 'CHN-KAZ']);
    expect(facts.pairs[0]).toMatchObject({ monthlyRows: 16, annualRows: 1 });
    expect(facts.pairs[0]?.products.M).toEqual({ codes: ['854231'], hasTotal: true });
    expect(facts.monthlyPeriods).toHaveLength(15);
    expect(facts.annualPeriods).toEqual(['2022']);
    expect(facts.currency).toBe('USD');
    const yuan = makeUserFile([
      userRow({ currency: 'CNY' }),
      userRow({ currency: 'CNY', period: '2021-02' }),
    ]);
    expect(yuan.facts.currency).toBe('CNY');
  });
});

describe('packed rows (worker -> page)', () => {
  it('round-trip exactly, "no quantity" staying null and never 0', () => {
    const rows = makeUserFile().rows;
    const packed = packRows(rows);
    expect(packed.dictionaries.product).toEqual(['854231', 'TOTAL', '847130']);
    expect(unpackRows(packed)).toEqual(rows);
    expect(unpackRows(packed).filter((row) => row.quantity === null)).toHaveLength(5);
  });

  it('are rebuilt in slices with a pause between them', async () => {
    const rows = Array.from({ length: UNPACK_SLICE * 2 + 5 }, (_, i) => userRow({ value: i }));
    let pauses = 0;
    const rebuilt = await unpackRowsInSlices(packRows(rows), async () => {
      pauses += 1;
    });
    expect(pauses).toBe(2);
    expect(rebuilt.map((row) => row.value)).toEqual(rows.map((row) => row.value));
  });
});
