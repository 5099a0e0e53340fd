import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/data/importers/decode';
import { importFile } from '../../../src/data/importers';
import { flowRow } from '../../../src/data/schema';
import { fixtureText, gb18030, readBytes, SAMPLE_GACC, utf8 } from './helpers';

const english = () => gb18030(fixtureText('gacc-en-no-period.csv'));
const chinese = () => gb18030(fixtureText('gacc-zh-monthly-cny.csv'));

describe('China Customs export, English headers, no period column (GB18030)', () => {
  it('asks for the period and the flow instead of guessing', () => {
    const result = importFile(english(), 'query.csv');
    expect(result.needs).toEqual(['period', 'flow']);
    expect(result.rows).toEqual([]);
    expect(result.error).toMatch(/period/);
    expect(result.summary.inputRows).toBe(8);
  });

  it('asks only for what is still missing', () => {
    expect(importFile(english(), 'query.csv', { flow: 'exports' }).needs).toEqual(['period']);
    expect(importFile(english(), 'query.csv', { period: '2023' }).needs).toEqual(['flow']);
  });

  it('refuses a supplied period that is not one', () => {
    const result = importFile(english(), 'query.csv', { period: '2023-13', flow: 'exports' });
    expect(result.rows).toEqual([]);
    expect(result.error).toMatch(/not a period/);
  });

  it('imports rows once period and flow are given: China-reported exports in US$', () => {
    const result = importFile(english(), 'query.csv', { period: '2023', flow: 'exports' });
    expect(result.error).toBeNull();
    expect(result.needs).toBeUndefined();
    expect(result.format).toBe('gacc');
    expect(result.encoding).toBe('gb18030');
    expect(result.rows).toEqual([
      {
        period: '2023',
        freq: 'A',
        exporter: 'CHN',
        importer: 'RUS',
        product: '854231',
        value: 3_000_000, // 2,345,678 + 654,322: two customs regimes summed
        currency: 'USD',
        quantity: 1.5,
        quantity_unit: 't',
        source: 'user:query.csv',
        basis: 'exporter-reported',
      },
      expect.objectContaining({ importer: 'HKG', product: '854239', value: 1_000_000, quantity: 0.08 }),
      expect.objectContaining({ importer: 'KAZ', product: '847130', value: 412_000, quantity: 2.5 }),
    ]);
    for (const row of result.rows) expect(flowRow.safeParse(row).success).toBe(true);
    expect(result.summary).toMatchObject({
      inputRows: 8,
      rows: 3,
      periods: ['2023'],
      products: 3,
      currencies: ['USD'],
    });
  });

  it('flags unknown and renumbered partner codes, HS4 aggregates and empty values, by file line', () => {
    const result = importFile(english(), 'query.csv', { period: '2023', flow: 'exports' });
    expect(result.rejected.map((r) => [r.row, r.column, r.value, r.kind])).toEqual([
      [6, 'Trading partner code', '341', 'invalid'],
      [7, 'Trading partner code', '344', 'invalid'],
      [8, 'Commodity code', '8542', 'unsupported'],
      [9, 'US dollar', '', 'invalid'],
    ]);
    expect(result.rejected[1]?.message).toMatch(/Russia \(RUS\).*names differ/);
    expect(result.rejected[3]?.message).toMatch(/not zero/);
    expect(result.unresolvedPartners).toEqual([
      { code: '341', name: 'Kazakhstan', rows: 1 },
      { code: '344', name: 'Ukraine', rows: 1 },
    ]);
  });

  it('warns that national codes were cut to HS6 and rows summed', () => {
    const { warnings } = importFile(english(), 'query.csv', { period: '2023', flow: 'exports' });
    expect(warnings.some((w) => /8- or 10-digit.*85423100/.test(w))).toBe(true);
    expect(warnings.some((w) => /summed/.test(w))).toBe(true);
  });

  it('lets the reader map a partner code by hand', () => {
    const result = importFile(english(), 'query.csv', {
      period: '2023',
      flow: 'exports',
      partnerMap: { '341': 'KAZ' },
    });
    expect(result.rows.find((r) => r.product === '880622')).toMatchObject({ importer: 'KAZ', value: 31_500 });
  });

  it('an import query makes China the importer, importer-reported', () => {
    const result = importFile(english(), 'query.csv', { period: '2023-06', flow: 'imports' });
    expect(result.rows[0]).toMatchObject({
      exporter: 'RUS',
      importer: 'CHN',
      basis: 'importer-reported',
      freq: 'M',
    });
  });
});

describe('China Customs partner codes that are inherited property names (fuzz crash, issue 13)', () => {
  const header =
    '"Commodity code","Commodity","Trading partner code","Trading partner","Quantity","Quantity unit","US dollar"';
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it.each(names)('partner code %s is refused on its row and column, not a crash', (code) => {
    for (const partnerMap of [undefined, { '341': 'KAZ' }]) {
      for (const partnerName of ['', 'Russia', '__proto__']) {
        const csv = `${header}\n202301,,${code},${partnerName},1,kg,100\n854231,,344,Russia,1,kg,100\n`;
        const result = importFile(utf8(csv), 'gacc.csv', {
          period: '2023-01',
          flow: 'exports',
          currencyHint: 'USD',
          partnerMap,
        });
        expect(result.error).toBeNull();
        expect(result.rejected).toEqual([
          expect.objectContaining({ row: 2, column: 'Trading partner code', value: code }),
        ]);
        expect(result.rejected[0]?.message).toMatch(/not in our table/);
        expect(result.rows).toEqual([expect.objectContaining({ importer: 'RUS', value: 100 })]);
      }
    }
  });

  it('a hand-made partner map is read for its own keys only', () => {
    const csv = `${header}\n854231,,__proto__,x,1,kg,100\n854239,,341,Kazakhstan,1,kg,5\n`;
    const partnerMap = JSON.parse('{"__proto__": "KAZ", "341": "KAZ"}') as Record<string, string>;
    const result = importFile(utf8(csv), 'gacc.csv', { period: '2023-01', flow: 'exports', partnerMap });
    expect(result.error).toBeNull();
    expect(result.rows.map((r) => [r.importer, r.value])).toEqual([
      ['KAZ', 100],
      ['KAZ', 5],
    ]);
  });
});

describe('China Customs export, Chinese headers, by month, in yuan', () => {
  it('keeps yuan labelled CNY and reads the period column', () => {
    const result = importFile(chinese(), '进口.csv', { flow: 'imports' });
    expect(result.needs).toBeUndefined();
    expect(result.rows).toEqual([
      expect.objectContaining({
        period: '2023-01',
        freq: 'M',
        exporter: 'RUS',
        importer: 'CHN',
        value: 7_000_000,
      }),
      expect.objectContaining({
        period: '2023-02',
        exporter: 'RUS',
        product: '854231',
        value: 3_500_000,
        quantity: 0.5,
      }),
      expect.objectContaining({ period: '2023-02', exporter: 'HKG', product: '880622', value: 90_000 }),
    ]);
    expect(result.rows.every((r) => r.currency === 'CNY' && r.basis === 'importer-reported')).toBe(true);
    expect(result.summary.currencies).toEqual(['CNY']);
  });

  it('takes the weight from the second quantity when the first is not one', () => {
    const result = importFile(chinese(), 'q.csv', { flow: 'imports' });
    expect(result.rows[2]).toMatchObject({ quantity: 0.02, quantity_unit: 't' });
  });

  it('refuses a month that does not exist, on its line', () => {
    const result = importFile(chinese(), 'q.csv', { flow: 'imports' });
    expect(result.rejected).toEqual([
      expect.objectContaining({ row: 5, column: '数据年月', value: '202313' }),
    ]);
  });

  it('prefers the file period over a supplied one, and says so', () => {
    const result = importFile(chinese(), 'q.csv', { flow: 'imports', period: '2020' });
    expect(result.summary.periods).toEqual(['2023-01', '2023-02']);
    expect(result.warnings.some((w) => w.includes('2020'))).toBe(true);
  });

  it('reads the same file saved as UTF-8', () => {
    const result = importFile(utf8(fixtureText('gacc-zh-monthly-cny.csv')), 'q.csv', { flow: 'imports' });
    expect(result.encoding).toBe('utf-8');
    expect(result.rows).toHaveLength(3);
  });
});

describe('value column without a currency', () => {
  const text =
    '"Commodity code","Trading partner code","Trading partner","Value",\n"854231","344","Russia","1,000",\n';

  it('asks for the currency', () => {
    expect(importFile(utf8(text), 'q.csv', { period: '2023', flow: 'exports' }).needs).toEqual(['currency']);
  });

  it('uses the currency hint when given', () => {
    const result = importFile(utf8(text), 'q.csv', { period: '2023', flow: 'exports', currencyHint: 'CNY' });
    expect(result.rows).toEqual([expect.objectContaining({ value: 1000, currency: 'CNY' })]);
  });
});

describe('the real China Customs sample (300 rows, GB18030)', () => {
  const bytes = readBytes(SAMPLE_GACC);

  it('decodes Hong Kong with its full-width comma', () => {
    expect(decodeText(bytes, 'gb18030')).toContain('"Hong Kong，China"');
  });

  it('needs a period (the query was not grouped by month)', () => {
    const result = importFile(bytes, 'sample.csv', { flow: 'exports' });
    expect(result.needs).toEqual(['period']);
    expect(result.summary.inputRows).toBe(300);
  });

  it('imports every row once the period is given', () => {
    const result = importFile(bytes, 'sample.csv', { flow: 'exports', period: '2023' });
    expect(result.rejected).toEqual([]);
    expect(result.unresolvedPartners).toEqual([]);
    expect(result.summary.inputRows).toBe(300);
    expect(result.summary.partners).toEqual(expect.arrayContaining(['HKG', 'RUS', 'BLR', 'GEO', 'UZB']));
    const hongKongHorses = result.rows.find((r) => r.importer === 'HKG' && r.product === '010129');
    expect(hongKongHorses?.value).toBe(19_121_826);
  });
});
