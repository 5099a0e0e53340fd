// The worker's zod-free row rules must accept and reject exactly what the zod row schemas (the data
// contract) do, with the same typed values and the same (column, message) errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { columnTypes } from '../../../src/data/csv/coerce';
import { parseRecord, parseTable } from '../../../src/data/csv/parse-table';
import { readTable, rulesReader } from '../../../src/data/csv/read-table';
import { ROW_RULES } from '../../../src/data/csv/row-rules';
import { TABLE_SCHEMAS, type TableKind } from '../../../src/data/tables';
import { fixtureText } from './fixtures';

const KINDS = Object.keys(TABLE_SCHEMAS) as TableKind[];

function verdicts(kind: TableKind, record: Record<string, string>) {
  const schema = TABLE_SCHEMAS[kind] as z.ZodMiniObject;
  const zod = parseRecord(record, columnTypes(schema), schema, 'f.csv', 2);
  const columns = Object.keys(record);
  const positions = Object.fromEntries(columns.map((column, i) => [column, i]));
  const cells = columns.map((column) => record[column] as string);
  const fast = rulesReader(ROW_RULES[kind])(cells, positions, 'f.csv', 2);
  return { zod, fast };
}

const FLOW: Record<string, string> = {
  period: '2023-04',
  freq: 'M',
  exporter: 'CHN',
  importer: 'RUS',
  product: '854231',
  value: '1200.5',
  currency: 'USD',
  quantity: '',
  quantity_unit: '',
  source: 'baci',
  basis: 'reconciled',
};

/** [column, cell] changes to a valid flow row, valid and invalid, covering every rule type. */
const FLOW_CELLS: [string, string][] = [
  ['period', '2023'],
  ['period', '2023-13'],
  ['period', '23'],
  ['period', ' 2023'],
  ['freq', 'Q'],
  ['freq', ''],
  ['exporter', 'chn'],
  ['exporter', 'EU27'],
  ['exporter', 'TOOLONGCODE'],
  ['product', 'TOTAL'],
  ['product', 'EU-SANCTIONED'],
  ['product', 'total'],
  ['product', '85423'],
  ['product', ''],
  ['value', '0'],
  ['value', '-0'],
  ['value', '-1'],
  ['value', ''],
  ['value', 'abc'],
  ['value', '1e999'],
  ['value', '-1e999'],
  ['value', ' 12 '],
  ['value', '1,200'],
  ['value', '.5'],
  ['value', '1.5e9'],
  ['quantity', '10.5'],
  ['quantity', '-2'],
  ['quantity', 'x'],
  ['quantity', '   '],
  ['quantity_unit', 't'],
  ['quantity_unit', 'kg'],
  ['quantity_unit', ' '],
  ['currency', 'CNY'],
  ['currency', 'usd'],
  ['source', ''],
  ['source', ' '],
  ['basis', 'estimate'],
  ['basis', 'guess'],
];

const CHPL: Record<string, string> = {
  hs6_2022: '854231',
  tier: '1',
  description: 'ICs',
  source_url: 'https://e.org',
};

describe('row rules = zod row schemas', () => {
  it('cover the same columns, in the same order, for every table kind', () => {
    for (const kind of KINDS) {
      expect(Object.keys(ROW_RULES[kind]), kind).toEqual(Object.keys(TABLE_SCHEMAS[kind].shape));
    }
  });

  it.each(FLOW_CELLS)('flows: %s = %j gives the same verdict', (column, cell) => {
    const { zod, fast } = verdicts('flows', { ...FLOW, [column]: cell });
    expect(fast).toEqual(zod);
  });

  it('flows: several bad cells at once give the same errors', () => {
    const record = { ...FLOW, period: 'x', value: '-3', basis: '?', quantity: 'many' };
    const { zod, fast } = verdicts('flows', record);
    expect(zod.ok).toBe(false);
    expect(fast).toEqual(zod);
    const noCoerce = verdicts('flows', { ...FLOW, period: 'x', value: '-3', basis: '?' });
    expect(noCoerce.fast).toEqual(noCoerce.zod);
  });

  const OTHER_ROWS: [TableKind, Record<string, string>][] = [
    [
      'events',
      {
        id: 'war-start',
        date: '2022-02-24',
        category: 'war',
        label: 'x'.repeat(61),
        description: 'd',
        source_title: 's',
        source_url: ' https://example.org/a\tb ',
        kind: 'event',
        lists_entities_mainland_china: '',
        lists_entities_hong_kong: 'false',
        short_label: 'x'.repeat(29),
        label_on: 'all chpl',
      },
    ],
    [
      'events',
      {
        id: 'Bad Id',
        date: '2022/01/01',
        category: 'peace',
        label: '',
        description: '',
        source_title: 's',
        source_url: 'not a url',
        kind: 'rumour',
        lists_entities_mainland_china: 'yes',
        lists_entities_hong_kong: '',
        short_label: '',
        label_on: 'everywhere',
      },
    ],
    [
      'reconciliation',
      {
        year: '2023',
        baci_usd: '',
        comtrade_usd: '1',
        comtrade_months: '1.5',
        imf_usd: '',
        comtrade_vs_baci_pct: '-3.2',
        imf_vs_baci_pct: '',
        imf_vs_comtrade_pct: '',
      },
    ],
    [
      'reconciliation',
      {
        year: '23',
        baci_usd: '1e999',
        comtrade_usd: '',
        comtrade_months: '-1e300',
        imf_usd: '',
        comtrade_vs_baci_pct: '',
        imf_vs_baci_pct: '',
        imf_vs_comtrade_pct: '',
      },
    ],
    [
      'products',
      {
        hs6: '010121',
        name: 'Horses',
        name_source: 'hs12',
        hs4: '0101',
        hs2: '01',
        hs2_name: '',
        hs4_name: '',
        tier: '',
        chpl_hs6_2022: '',
        chpl_match: '',
      },
    ],
    [
      'products',
      {
        hs6: '10121',
        name: '',
        name_source: 'hs17',
        hs4: '101',
        hs2: '1',
        hs2_name: 'x',
        hs4_name: 'y',
        tier: '5',
        chpl_hs6_2022: '854231;854232',
        chpl_match: 'close',
      },
    ],
    ['partners', { code: 'EU27', iso3: '', m49: '', name: 'EU', kind: 'aggregate' }],
    ['partners', { code: 'e', iso3: 'de', m49: '12', name: '', kind: 'bloc' }],
    ['chpl', { hs6_2022: '854231', tier: '1', description: 'ICs', source_url: 'https://e.org' }],
    ['chpl', { hs6_2022: '854231', tier: '3.C', description: '', source_url: 'e.org' }],
    ['concordance', { hs6_2022: '854231', hs6_2017: '854231', tier: '4.B', match: 'exact', note: '' }],
    ['concordance', { hs6_2022: 'x', hs6_2017: '', tier: '', match: '', note: '' }],
    [
      'chpl',
      {
        ...CHPL,
        name_zh: '处理器',
        name_ru: 'Процессоры',
        name_source: 'project-translation',
      },
    ],
    ['chpl', { ...CHPL, name_zh: '', name_ru: '', name_source: 'official' }],
    ['chpl', { ...CHPL, name_zh: '处理器', name_ru: 'Процессоры', name_source: 'http://e.org' }],
  ];

  it.each(OTHER_ROWS)('%s: %j gives the same verdict', (kind, record) => {
    const { zod, fast } = verdicts(kind, record);
    expect(fast).toEqual(zod);
  });

  it('a missing cell (short record) gives the same verdict', () => {
    const { period: _dropped, ...short } = FLOW;
    const { zod, fast } = verdicts('flows', short);
    expect(fast).toEqual(zod);
  });

  const cellArb = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '0',
      '-1',
      '1.5',
      '12',
      '2023',
      '2023-04',
      '854231',
      'TOTAL',
      'CHN',
      'A',
      'M',
      'USD',
      't',
      'reconciled',
      '1',
      '4.B',
      'exact',
      'hs12',
      'country',
      'war',
      'https://example.org',
      '1e999',
      'abc',
    ),
    fc.string({ maxLength: 8 }),
    fc.double().map(String),
    fc.integer().map(String),
  );

  it.each(KINDS)('%s: generated records give the same verdict (property)', (kind) => {
    const columns = Object.keys(ROW_RULES[kind]);
    const recordArb = fc
      .tuple(...columns.map(() => cellArb))
      .map((cells) => Object.fromEntries(columns.map((column, i) => [column, cells[i] as string])));
    fc.assert(
      fc.property(recordArb, (record) => {
        const { zod, fast } = verdicts(kind, record);
        expect(fast).toEqual(zod);
      }),
      { numRuns: 300 },
    );
  });

  // chpl.csv gained name_zh, name_ru, name_source (issue 15): the files of earlier data versions, which pinned
  // embeds still load, lack them and must still read, their names null; a column that was always there stays required.
  it('chpl: reads a file without the later name columns, and one with them, as the zod reader does', () => {
    const earlier = 'hs6_2022,tier,description,source_url\n854231,1,ICs,https://e.org\n';
    const later =
      'hs6_2022,tier,description,source_url,name_zh,name_ru,name_source\n' +
      '854231,1,ICs,https://e.org,处理器,Процессоры,project-translation\n';
    for (const text of [earlier, later]) {
      expect(readTable(text, 'chpl', 'chpl.csv')).toEqual(parseTable(text, TABLE_SCHEMAS.chpl, 'chpl.csv'));
    }
    const old = readTable(earlier, 'chpl', 'chpl.csv');
    expect(old.errors).toEqual([]);
    expect(old.rows[0]).toMatchObject({ name_zh: null, name_ru: null, name_source: null });
    expect(readTable(later, 'chpl', 'chpl.csv').rows[0]).toMatchObject({
      name_zh: '处理器',
      name_ru: 'Процессоры',
      name_source: 'project-translation',
    });
    const noTier = 'hs6_2022,description,source_url\n854231,ICs,https://e.org\n';
    expect(() => readTable(noTier, 'chpl', 'chpl.csv')).toThrow(/missing column\(s\): tier$/);
    expect(() => parseTable(noTier, TABLE_SCHEMAS.chpl, 'chpl.csv')).toThrow(/missing column\(s\): tier$/);
  });

  it('reads whole fixture files exactly as the zod reader does', () => {
    const files: [string, TableKind][] = [
      ['baci_chpl.csv', 'flows'],
      ['reconciliation.csv', 'reconciliation'],
    ];
    for (const [name, kind] of files) {
      const text = fixtureText(name);
      expect(readTable(text, kind, name)).toEqual(parseTable(text, TABLE_SCHEMAS[kind], name));
    }
  });
});
