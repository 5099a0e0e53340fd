import { describe, expect, it } from 'vitest';
import { parseProductCode } from '../../../src/data/importers/hs';
import { comtradeIsoToIso3, m49ToIso3 } from '../../../src/data/importers/m49';
import { parseNumberCell } from '../../../src/data/importers/numbers';
import { parsePeriod } from '../../../src/data/importers/period';

describe('parseNumberCell', () => {
  it('reads thousands separators only in exact groups of three', () => {
    expect(parseNumberCell('19,121,826')).toEqual({ ok: true, value: 19121826 });
    expect(parseNumberCell('3159813913.0')).toEqual({ ok: true, value: 3159813913 });
    expect(parseNumberCell('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumberCell('1.5e3')).toEqual({ ok: true, value: 1500 });
    expect(parseNumberCell('12,34').ok).toBe(false);
    expect(parseNumberCell('abc').ok).toBe(false);
  });

  it('reads an empty cell as missing, never zero', () => {
    expect(parseNumberCell('')).toEqual({ ok: true, value: null });
    expect(parseNumberCell('  ')).toEqual({ ok: true, value: null });
  });

  it('reads full-width digits (NFKC)', () => {
    expect(parseNumberCell('１２３')).toEqual({ ok: true, value: 123 });
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2023', { period: '2023', freq: 'A' }],
    ['202304', { period: '2023-04', freq: 'M' }],
    ['2023-04', { period: '2023-04', freq: 'M' }],
    ['2023/4', { period: '2023-04', freq: 'M' }],
    ['20230401', { period: '2023-04', freq: 'M' }],
    ['2023年04月', { period: '2023-04', freq: 'M' }],
  ])('%s', (raw, expected) => {
    expect(parsePeriod(raw)).toEqual(expected);
  });

  it('refuses impossible months and other text', () => {
    expect(parsePeriod('202313')).toBeNull();
    expect(parsePeriod('2023-00')).toBeNull();
    expect(parsePeriod('April')).toBeNull();
  });
});

describe('parseProductCode', () => {
  it('keeps HS6 and TOTAL, cuts national codes to HS6', () => {
    expect(parseProductCode('854231')).toMatchObject({ ok: true, product: '854231', truncatedFrom: null });
    expect(parseProductCode('TOTAL')).toMatchObject({ ok: true, product: 'TOTAL' });
    expect(parseProductCode('01012900')).toMatchObject({
      ok: true,
      product: '010129',
      truncatedFrom: '01012900',
    });
    expect(parseProductCode('8542310000')).toMatchObject({ ok: true, product: '854231' });
  });

  it('restores a leading zero a spreadsheet dropped', () => {
    expect(parseProductCode('10129')).toEqual({
      ok: true,
      product: '010129',
      truncatedFrom: null,
      zeroRestored: true,
    });
  });

  it('reports HS2/HS4 aggregates as unsupported and junk as invalid', () => {
    expect(parseProductCode('8542')).toMatchObject({ ok: false, kind: 'unsupported' });
    expect(parseProductCode('85')).toMatchObject({ ok: false, kind: 'unsupported' });
    expect(parseProductCode('85AB31')).toMatchObject({ ok: false, kind: 'invalid' });
  });
});

describe('m49ToIso3', () => {
  it('maps M49 codes, Comtrade World and Comtrade-only codes', () => {
    expect(m49ToIso3('156')).toBe('CHN');
    expect(m49ToIso3('643')).toBe('RUS');
    expect(m49ToIso3('51')).toBe('ARM');
    expect(m49ToIso3('0')).toBe('WLD');
    expect(m49ToIso3('842')).toBe('USA');
    expect(m49ToIso3('699')).toBe('IND');
  });

  it('leaves unknown areas unresolved rather than guessing', () => {
    expect(m49ToIso3('490')).toBeNull();
    expect(m49ToIso3('abc')).toBeNull();
  });

  it('accepts Comtrade ISO columns that are real ISO3 codes', () => {
    expect(comtradeIsoToIso3('RUS')).toBe('RUS');
    expect(comtradeIsoToIso3('W00')).toBe('WLD');
    expect(comtradeIsoToIso3('_X ')).toBeNull();
  });
});
