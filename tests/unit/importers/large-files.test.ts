// @vitest-environment node
// What only shows on files bigger than the importer's head and chunks (256 KiB, 1 MiB): the encoding decided
// from the whole file although only the head is checked up front, progress after every chunk, and format
// detection that looks past a head of blanks.
import { describe, expect, it } from 'vitest';
import { detectFormat, importFile, importFileAsync, type ImportProgress } from '../../../src/data/importers';
import { fixtureText, gb18030, utf8 } from './helpers';

const OPTIONS = { flow: 'exports', period: '2023', currencyHint: 'USD' } as const;

/** A China Customs export whose first ~600 KB are plain ASCII and whose Chinese-named rows come last. */
function lateChineseExport(): string {
  const [header, ...rows] = fixtureText('gacc-en-no-period.csv').trim().split('\n');
  const ascii = rows.filter((row) => /^[\x20-\x7e]*$/.test(row));
  const wide = rows.filter((row) => !/^[\x20-\x7e]*$/.test(row));
  expect(wide.length).toBeGreaterThan(0);
  const repeats = Math.ceil(600_000 / ascii.join('\n').length);
  const body = Array.from({ length: repeats }, () => ascii.join('\n')).join('\n');
  return `${header}\n${body}\n${wide.join('\n')}\n`;
}

describe('a file whose first non-ASCII byte comes late', () => {
  const text = lateChineseExport();

  it('is read as GB18030 when that byte is not UTF-8, as a whole-file check would say', async () => {
    const bytes = gb18030(text);
    const forced = importFile(bytes, 'late.csv', { ...OPTIONS, encoding: 'gb18030' });
    expect(forced.error).toBeNull();
    expect(detectFormat(bytes, 'late.csv').encoding).toBe('gb18030');
    const sync = importFile(bytes, 'late.csv', OPTIONS);
    expect(sync).toEqual(forced);
    expect(sync.rows.some((row) => row.importer === 'HKG')).toBe(true);
    expect(await importFileAsync(bytes, 'late.csv', { ...OPTIONS, chunkBytes: 64 * 1024 })).toEqual(forced);
  });

  it('stays UTF-8 when it is valid UTF-8', async () => {
    const bytes = utf8(text);
    const sync = importFile(bytes, 'late.csv', OPTIONS);
    expect(sync.encoding).toBe('utf-8');
    expect(sync).toEqual(importFile(bytes, 'late.csv', { ...OPTIONS, encoding: 'utf-8' }));
    expect(await importFileAsync(bytes, 'late.csv', OPTIONS)).toEqual(sync);
  });
});

describe('importFile on a file of several chunks', () => {
  it('reports progress after each chunk, rows growing, ending at the whole file', () => {
    const header = 'period,freq,exporter,importer,product,value,currency,quantity,quantity_unit,source,basis';
    const lines = Array.from(
      { length: 40_000 },
      (_, i) => `2023-01,M,CHN,RUS,${String(100000 + (i % 5000))},${i + 1},USD,,,,exporter-reported`,
    );
    const progress: ImportProgress[] = [];
    const result = importFile(utf8(`${header}\n${lines.join('\n')}\n`), 'big.csv', {
      onProgress: (p) => progress.push(p),
    });
    expect(result.summary).toMatchObject({ inputRows: 40_000, rows: 5000 });
    expect(progress.length).toBeGreaterThan(1);
    const rows = progress.map((p) => p.rows);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ rows: 40_000, fraction: 1 });
  });
});

describe('format detection', () => {
  it('looks past a head of nothing but blanks', () => {
    const json = `${' '.repeat(300_000)}${fixtureText('comtrade-api.json')}`;
    expect(detectFormat(utf8(json), 'api.json')).toMatchObject({ format: 'comtrade-json' });
    expect(importFile(utf8(json), 'api.json').rows).toHaveLength(4);
  });
});
