// @vitest-environment node
// Small pure pieces: months, Retry-After, backoff, the CHPL code reader, request URLs and keys.
import { describe, expect, it } from 'vitest';
import { readChplCodes } from '../../../scripts/update/chpl-codes';
import { chunkKey, endpointFor, requestHeaders, requestUrl } from '../../../scripts/update/endpoint';
import { fromApiPeriod, monthRange, previousMonth, toApiPeriod } from '../../../scripts/update/months';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isRetryableStatus,
  parseRetryAfter,
} from '../../../scripts/update/retry';

describe('months', () => {
  it('ranges over year ends, both ends included', () => {
    expect(monthRange('2022-11', '2023-02')).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
    expect(monthRange('2023-02', '2023-01')).toEqual([]);
  });

  it('converts to and from Comtrade periods and rejects bad ones', () => {
    expect(toApiPeriod('2017-01')).toBe('201701');
    expect(fromApiPeriod('202312')).toBe('2023-12');
    expect(() => fromApiPeriod('202313')).toThrow(RangeError);
    expect(() => monthRange('2023-1', '2023-02')).toThrow(RangeError);
  });

  it('takes the month before now, in UTC', () => {
    expect(previousMonth(Date.UTC(2024, 0, 1, 0, 30))).toBe('2023-12');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2024, 0, 15, 12);
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', now)).toBe(2_000);
    expect(parseRetryAfter(new Date(now + 30_000).toUTCString(), now)).toBe(30_000);
  });
  it('clamps past dates to 0 and ignores absent or junk values', () => {
    expect(parseRetryAfter(new Date(now - 30_000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('-1', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, scaled by the jitter', () => {
    const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, policy, () => 0.999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });
  it('retries 429 and 5xx only', () => {
    expect([429, 500, 503, 400, 401, 404].map(isRetryableStatus)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('readChplCodes', () => {
  it('reads the first column, keeping leading zeros and dropping duplicates', () => {
    const csv = 'hs6,tier,description\n854231,1,"ICs, processors"\n010620,2,x\n854231,1,again\n';
    expect(readChplCodes(csv)).toEqual(['854231', '010620']);
  });
  it('rejects a wrong header or a malformed code', () => {
    expect(() => readChplCodes('code,tier\n854231,1\n')).toThrow(/hs6/);
    expect(() => readChplCodes('hs6,tier\n85423,1\n')).toThrow(/line 2/);
  });
});

describe('requests', () => {
  const chunk = { months: ['2023-01', '2023-02'], cmdCodes: ['854231', '848210'], partners: [643, 51] };
  it('builds the preview URL with classic breakdown totals and the cap', () => {
    const url = new URL(requestUrl(endpointFor(null, 'http://127.0.0.1:1'), chunk));
    expect(url.pathname).toBe('/public/v1/preview/C/M/HS');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      reporterCode: '156',
      flowCode: 'X',
      period: '202301,202302',
      cmdCode: '854231,848210',
      partnerCode: '643,51',
      partner2Code: '0',
      customsCode: 'C00',
      motCode: '0',
      maxRecords: '500',
      breakdownMode: 'classic',
    });
    expect(requestHeaders(endpointFor(null))).not.toHaveProperty('Ocp-Apim-Subscription-Key');
  });
  it('keys a request by what it asks, whatever the order or the endpoint', () => {
    const shuffled = { months: ['2023-02', '2023-01'], cmdCodes: ['848210', '854231'], partners: [51, 643] };
    expect(chunkKey(shuffled)).toBe(chunkKey(chunk));
    expect(chunkKey({ ...chunk, partners: [643] })).not.toBe(chunkKey(chunk));
  });
});
