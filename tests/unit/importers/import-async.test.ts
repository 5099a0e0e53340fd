// @vitest-environment node
// importFileAsync: same results as importFile whatever the chunk size, progress in bytes and rows, and an
// AbortSignal that stops it mid-file when aborted from another event-loop task (as a page message would).
import { describe, expect, it } from 'vitest';
import { importFile, importFileAsync, type ImportProgress } from '../../../src/data/importers';
import { guessDelimiter } from '../../../src/data/importers/csv-rows';
import { recordCut } from '../../../src/data/importers/csv-rows-async';
import { fixtureText, gb18030, readBytes, SAMPLE_GACC, utf8 } from './helpers';

const TIDY_HEADER =
  'period,freq,exporter,importer,product,value,currency,quantity,quantity_unit,source,basis\n';

/** Synthetic tidy rows (test input only, not data). */
function syntheticTidy(rows: number): Uint8Array {
  const lines = Array.from(
    { length: rows },
    (_, i) => `2023-01,M,CHN,RUS,${String(100000 + i)},${i + 1},USD,,,,exporter-reported`,
  );
  return utf8(TIDY_HEADER + lines.join('\n') + '\n');
}

const QUOTED =
  'Commodity code,Commodity,Trading partner code,Trading partner,US dollar\n' +
  '"85423100","Processors, ""multi-line""\nname",344,Russia,"2,345,678"\n' +
  '\n' +
  '"8542","HS4 aggregate",344,Russia,"10"\n' +
  '"84713000","Laptops",145,"Kazakh\r\nstan","412,000"\n';

const CASES: [string, Uint8Array, Parameters<typeof importFile>[2]][] = [
  ['tidy.csv', utf8(fixtureText('tidy-flows.csv')), {}],
  ['comtrade.csv', utf8(fixtureText('comtrade-monthly.csv')), {}],
  ['comtrade.json', utf8(fixtureText('comtrade-api.json')), {}],
  ['gacc-zh.csv', gb18030(fixtureText('gacc-zh-monthly-cny.csv')), { flow: 'imports' }],
  ['gacc-quoted.csv', utf8(QUOTED), { flow: 'exports', period: '2023', currencyHint: 'USD' }],
  ['gacc-sample.csv', readBytes(SAMPLE_GACC), { flow: 'exports', period: '2019' }],
];

describe('importFileAsync', () => {
  it.each(CASES)(
    'gives importFile’s result for %s, even cut into 7-byte chunks',
    async (name, bytes, opts) => {
      const sync = importFile(bytes, name, opts);
      expect(sync.error).toBeNull();
      expect(await importFileAsync(bytes, name, { ...opts, chunkBytes: 7 })).toEqual(sync);
      expect(await importFileAsync(bytes, name, opts)).toEqual(sync);
    },
  );

  it('reports growing bytes and rows, ending at the whole file', async () => {
    const bytes = syntheticTidy(3000);
    const progress: ImportProgress[] = [];
    const result = await importFileAsync(bytes, 'big.csv', {
      chunkBytes: 16 * 1024,
      onProgress: (p) => progress.push(p),
    });
    expect(result.rows).toHaveLength(3000);
    expect(progress.length).toBeGreaterThan(5);
    const sent = progress.map((p) => p.bytes ?? -1);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({
      rows: 3000,
      fraction: 1,
      bytes: bytes.length,
      totalBytes: bytes.length,
    });
    expect(progress[0]?.rows).toBeGreaterThan(0);
    expect(progress[0]?.rows).toBeLessThan(3000);
  });

  it('stops mid-file when the signal is aborted from another task', async () => {
    const bytes = syntheticTidy(20_000);
    const controller = new AbortController();
    const progress: ImportProgress[] = [];
    // The page's abort arrives as another task, once the import has started reading.
    const result = await importFileAsync(bytes, 'big.csv', {
      chunkBytes: 8 * 1024,
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        if (progress.length === 1) setTimeout(() => controller.abort(), 0);
      },
    });
    expect(result).toMatchObject({ cancelled: true, error: 'Import cancelled.', rows: [] });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)?.bytes ?? 0).toBeLessThan(bytes.length);
  }, 20_000);

  it('cancels a JSON import between record chunks', async () => {
    const records = Array.from({ length: 8_000 }, (_, i) => ({
      freqCode: 'M',
      period: '202301',
      reporterCode: 156,
      flowCode: 'X',
      partnerCode: 643,
      cmdCode: String(100000 + i),
      primaryValue: i + 1,
    }));
    const bytes = utf8(JSON.stringify({ data: records }));
    const controller = new AbortController();
    const progress: ImportProgress[] = [];
    const result = await importFileAsync(bytes, 'api.json', {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        if (progress.length === 1) setTimeout(() => controller.abort(), 0);
      },
    });
    expect(result).toMatchObject({ cancelled: true, format: 'comtrade-json', rows: [] });
    expect(progress.at(-1)?.rows ?? 0).toBeLessThan(records.length);
  }, 20_000);

  it('does nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const progress: ImportProgress[] = [];
    const result = await importFileAsync(syntheticTidy(10), 't.csv', {
      signal: controller.signal,
      onProgress: (p) => progress.push(p),
    });
    expect(result.cancelled).toBe(true);
    expect(progress).toEqual([]);
  });

  it('explains an unreadable file instead of rejecting', async () => {
    const result = await importFileAsync(new Uint8Array([0x00, 0xff, 0x13, 0x37]), 'photo.jpg');
    expect(result.format).toBe('unknown');
    expect(result.error).toMatch(/not one we can read/);
  });
});

describe('recordCut', () => {
  it('cuts after the last line break outside quotes', () => {
    expect(recordCut('a,b\nc,d\ne')).toBe(8);
    expect(recordCut('a,"b\nc",d\ne,"f\n')).toBe(10);
    expect(recordCut('a,"say ""hi""\n",x\n')).toBe(18);
    expect(recordCut('5" disk,x\ny')).toBe(10);
    expect(recordCut('no break yet')).toBe(0);
  });
});

describe('guessDelimiter', () => {
  it('guesses from the head of the text, defaulting to a comma', () => {
    expect(guessDelimiter('a;b;c\n1;2;3\n4;5;6\n')).toBe(';');
    expect(guessDelimiter('"a","b, c"\n"1","2, 3"\n')).toBe(',');
    expect(guessDelimiter('one column\nonly\n')).toBe(',');
  });
});
