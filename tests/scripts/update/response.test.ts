// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkResponse } from '../../../scripts/update/response';
import { loadFixtureRows } from './mock-comtrade';

const rows = loadFixtureRows().filter((r) => r.period === '202301');
const chunk = { months: ['2023-01'], cmdCodes: ['854231', '848210'], partners: [643, 344] };
const body = (data: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ elapsedTime: '0.1 secs', count: data.length, data, error: '', ...extra });

describe('checkResponse', () => {
  it('accepts a well-formed answer to the request', () => {
    const check = checkResponse(chunk, body(rows), 500);
    expect(check.kind).toBe('ok');
    expect(check.kind === 'ok' && check.rows.map((r) => r.cmdCode)).toEqual(['854231', '854231', '848210']);
  });

  it('accepts an empty answer (a month not published yet)', () => {
    expect(checkResponse(chunk, body([]), 500)).toEqual({ kind: 'ok', rows: [] });
  });

  it('flags a response at the cap as truncated, even when count says so alone', () => {
    expect(checkResponse(chunk, body(rows), 3)).toEqual({ kind: 'truncated', count: 3 });
    expect(checkResponse(chunk, body(rows, { count: 500 }), 500)).toEqual({ kind: 'truncated', count: 500 });
  });

  it.each([
    ['cut JSON', body(rows).slice(0, 200), /malformed JSON/],
    ['an API error', body([], { error: 'Invalid period' }), /Invalid period/],
    ['count not matching the rows', body(rows, { count: 2 }), /count 2 but 3 rows/],
    ['a month not asked', body([{ ...rows[0], period: '202302' }]), /period 202302 was not asked/],
    ['a code not asked', body([{ ...rows[0], cmdCode: '854232' }]), /cmdCode 854232 was not asked/],
    ['a partner not asked', body([{ ...rows[0], partnerCode: 398 }]), /partnerCode 398 was not asked/],
    ['imports instead of exports', body([{ ...rows[0], flowCode: 'M' }]), /flowCode M/],
    ['another reporter', body([{ ...rows[0], reporterCode: 643 }]), /reporterCode 643/],
    ['a duplicate row', body([rows[0], rows[0]]), /duplicate/],
    ['a row without a value', body([{ ...rows[0], primaryValue: null }]), /primaryValue/],
    ['no data array', JSON.stringify({ count: 0, error: '' }), /envelope/],
  ])('rejects %s', (_name, text, reason) => {
    const check = checkResponse(chunk, text, 500);
    expect(check.kind).toBe('invalid');
    expect(check.kind === 'invalid' && check.reason).toMatch(reason);
  });
});
