// @vitest-environment node
// Search in readers' words, on the REAL products.csv (run `npm run data` first): each query a reader might type,
// with the product (or heading) they should see first.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../src/data/csv/parse-table';
import { buildProductIndex, searchProducts } from '../../../src/data/search';
import { CHPL_SYNONYMS } from '../../../src/data/search/chpl-synonyms';
import { TABLE_SCHEMAS, type TableRow } from '../../../src/data/tables';

const file = resolve(import.meta.dirname, '../../../public/data/products.csv');
const products = parseTable(readFileSync(file, 'utf8'), TABLE_SCHEMAS.products, 'products.csv')
  .rows as TableRow<'products'>[];
const index = buildProductIndex(products);
const first = (query: string) => searchProducts(index, query).matches[0]?.code;

// [query, expected first code]. BACI's codes are HS 2017: CHPL 880730 (parts of unmanned aircraft) is 880330.
const READER_QUERIES: [string, string][] = [
  ['microcircuits', '854231'],
  ['microchips', '854231'],
  ['chips', '854231'],
  ['chip', '854231'],
  ['Microchips', '854231'],
  ['integrated circuits', '854231'],
  ['processors', '854231'],
  ['memory chips', '854232'],
  ['DRAM', '854232'],
  ['drone', '880330'],
  ['drones', '880330'],
  ['UAV', '880330'],
  ['GNSS', '852691'],
  ['GPS', '852691'],
  ['glonass', '852691'],
  ['ball bearing', '848210'],
  ['ball bearings', '848210'],
  ['roller bearings', '848220'],
  ['bearings', '848210'],
  ['capacitors', '853224'],
  ['tantalum', '853221'],
  ['transistors', '854121'],
  ['MOSFET', '854121'],
  ['PCB', '853400'],
  ['circuit boards', '853400'],
  ['oscilloscope', '903020'],
  ['multimeter', '903032'],
  ['signal generator', '854320'],
  ['lathes', '845811'],
  ['CNC lathe', '845811'],
  ['milling machine', '845961'],
  ['machining centre', '845710'],
  ['machining center', '845710'],
  ['antenna', '852910'],
  ['thermal camera', '852580'],
  ['rifle scope', '901310'],
  // Typos: an edit or two away from a synonym or an indexed word.
  ['microcircutis', '854231'],
  ['mircochips', '854231'],
  ['gnns', '852691'],
  ['oscilloscpe', '903020'],
  ['bearnigs', '848210'],
  ['tantalm', '853221'],
  ['dron', '880330'],
  // Not CHPL goods: the synonyms must not take over.
  ['horses', '0101'],
  ['8542', '8542'],
  ['854231', '854231'],
];

describe('search in readers’ words (real products.csv)', () => {
  it.each(READER_QUERIES)('“%s” finds %s first', (query, code) => {
    expect(first(query)).toBe(code);
  });

  it('“wood chips” still finds wood, not integrated circuits', () => {
    const codes = searchProducts(index, 'wood chips').matches.map((m) => m.code);
    expect(codes[0]?.startsWith('854')).toBe(false);
    expect(codes.slice(0, 5)).toContain('440121');
  });

  it('has at least 30 reader queries', () => {
    expect(READER_QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  it('“chips” lists every integrated-circuit code before any wood chips', () => {
    const codes = searchProducts(index, 'chips').matches.map((m) => m.code);
    const firstWood = codes.findIndex((code) => code.startsWith('44'));
    expect(codes.slice(0, 4)).toEqual(['854231', '854232', '854233', '854239']);
    expect(firstWood === -1 || firstWood > 3).toBe(true);
  });

  it('every synonym code resolves to a product in the data', () => {
    const unresolved = CHPL_SYNONYMS.flatMap((s) =>
      s.codes.filter(
        (code) => !products.some((p) => p.hs6 === code || (p.chpl_hs6_2022 ?? '').split(';').includes(code)),
      ),
    );
    expect(unresolved).toEqual([]);
  });
});
