import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../../src/data/importers/decode';
import { detectFormat } from '../../../src/data/importers';
import { fixtureText, gb18030, readBytes, SAMPLE_GACC, utf8 } from './helpers';

describe('detectEncoding / decodeText', () => {
  it('reads a byte-order mark', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      encoding: 'utf-8',
      confidence: 'high',
    });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).encoding).toBe('utf-16le');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'utf-8')).toBe('a');
  });

  it('keeps valid UTF-8 as UTF-8', () => {
    expect(detectEncoding(utf8('"商品编码","Hong Kong，China"')).encoding).toBe('utf-8');
  });

  it('reads bytes that are not UTF-8 as GB18030: A3 AC is a full-width comma', () => {
    const bytes = new Uint8Array([0x48, 0x4b, 0xa3, 0xac, 0x43, 0x4e]);
    expect(detectEncoding(bytes).encoding).toBe('gb18030');
    expect(decodeText(bytes, 'gb18030')).toBe('HK，CN');
  });

  it('the test encoder writes A3 AC for the full-width comma', () => {
    expect([...gb18030('，')]).toEqual([0xa3, 0xac]);
  });
});

describe('detectFormat', () => {
  it('recognises every fixture format', () => {
    expect(detectFormat(utf8(fixtureText('comtrade-monthly.csv')), 'a.csv')).toEqual({
      format: 'comtrade-csv',
      encoding: 'utf-8',
      confidence: 'high',
    });
    expect(detectFormat(utf8(fixtureText('comtrade-api.json')), 'data.txt').format).toBe('comtrade-json');
    expect(detectFormat(utf8(fixtureText('tidy-flows.csv')), 'x.csv').format).toBe('tidy');
    expect(detectFormat(gb18030(fixtureText('gacc-en-no-period.csv')), 'x.csv')).toEqual({
      format: 'gacc',
      encoding: 'gb18030',
      confidence: 'high',
    });
    expect(detectFormat(gb18030(fixtureText('gacc-zh-monthly-cny.csv')), 'x.csv').format).toBe('gacc');
    expect(detectFormat(utf8(fixtureText('gacc-zh-monthly-cny.csv')), 'x.csv').encoding).toBe('utf-8');
  });

  it('recognises the real China Customs sample as GB18030', () => {
    expect(detectFormat(readBytes(SAMPLE_GACC), 'china_customs.csv')).toEqual({
      format: 'gacc',
      encoding: 'gb18030',
      confidence: 'high',
    });
  });

  it('says unknown for other files', () => {
    expect(detectFormat(utf8('name,age\nAda,36\n'), 'people.csv')).toMatchObject({
      format: 'unknown',
      confidence: 'low',
    });
    expect(detectFormat(utf8('{"hello": 1}'), 'x.txt').format).toBe('unknown');
    expect(detectFormat(new Uint8Array([]), '').format).toBe('unknown');
  });
});
