import { describe, expect, it } from 'vitest';
import { importFile, type ImportProgress } from '../../../src/data/importers';
import { fixtureText, utf8 } from './helpers';

describe('importFile', () => {
  it('explains an unreadable file instead of throwing', () => {
    const result = importFile(new Uint8Array([0x00, 0xff, 0x13, 0x37]), 'photo.jpg');
    expect(result.format).toBe('unknown');
    expect(result.rows).toEqual([]);
    expect(result.error).toMatch(/Comtrade.*China Customs/);
  });

  it('says when a file is empty', () => {
    expect(importFile(new Uint8Array(), 'empty.csv').error).toMatch(/not one we can read/);
  });

  it('reports progress, ending at 1', () => {
    const progress: ImportProgress[] = [];
    importFile(utf8(fixtureText('comtrade-monthly.csv')), 'c.csv', { onProgress: (p) => progress.push(p) });
    expect(progress.at(-1)).toEqual({ rows: 11, fraction: 1 });
  });

  it('returns a cancelled result when the signal is already aborted', () => {
    const controller = new AbortController();
    controller.abort();
    const result = importFile(utf8(fixtureText('comtrade-monthly.csv')), 'c.csv', {
      signal: controller.signal,
    });
    expect(result.rows).toEqual([]);
    expect(result.error).toBe('Import cancelled.');
  });

  it('honours a forced encoding', () => {
    const result = importFile(utf8(fixtureText('tidy-flows.csv')), 't.csv', { encoding: 'utf-16le' });
    expect(result.encoding).toBe('utf-16le');
    expect(result.format).toBe('unknown');
  });
});
