// @vitest-environment node
// The update run against a local mock of the Comtrade API: happy path, resume, and every fault the brief lists.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IncompleteUpdateError } from '../../../scripts/update/errors';
import { rowMonth } from '../../../scripts/update/response';
import { runUpdate } from '../../../scripts/update/run-update';
import { stateFile } from '../../../scripts/update/store';
import { fakeClock, REQUEST, tempDir, testOptions, type FakeClock } from './harness';
import { FIXTURE_DIR, loadFixtureRows, startMockComtrade, type MockComtrade } from './mock-comtrade';

let mock: MockComtrade;
let cache: { dir: string; remove: () => void };
let clock: FakeClock;

beforeEach(async () => {
  mock = await startMockComtrade();
  cache = tempDir();
  clock = fakeClock();
});

afterEach(async () => {
  await mock.close();
  cache.remove();
});

const options = (extra = {}) => testOptions(mock.baseUrl, cache.dir, clock, extra);
const periodOf = (q: URLSearchParams) => q.get('period');
const cachedFiles = () => readdirSync(path.join(cache.dir, 'responses')).sort();
const readStateText = () => readFileSync(stateFile(cache.dir), 'utf8');

function expectCompleteRows(
  rows: readonly { period: unknown; cmdCode: string; partnerCode: unknown }[],
): void {
  const ids = (r: { period: unknown; cmdCode: string; partnerCode: unknown }) =>
    `${r.period}|${r.cmdCode}|${r.partnerCode}`;
  expect(rows.map(ids).sort()).toEqual(loadFixtureRows().map(ids).sort());
}

describe('runUpdate, no faults', () => {
  it('asks one month per preview request, paced by the min interval, and returns every row', async () => {
    const result = await runUpdate(REQUEST, options());
    expect(mock.requests.map((r) => periodOf(r.query))).toEqual(['202301', '202302', '202303', '202304']);
    expect(mock.requests.every((r) => r.path === '/public/v1/preview/C/M/HS')).toBe(true);
    expect(mock.requests[0]?.query.get('cmdCode')).toBe('854231,848210');
    expect(mock.requests[0]?.query.get('partnerCode')).toBe('643,344');
    expect(clock.sleeps).toEqual([1_000, 1_000, 1_000]);
    expectCompleteRows(result.rows);
    expect(result.newMonths).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(result.emptyMonths).toEqual(['2023-04']);
  });

  it('resumes from state and cache: held months are not asked again, the empty month is', async () => {
    const first = await runUpdate(REQUEST, options());
    mock.requests.length = 0;
    const second = await runUpdate(REQUEST, options());
    expect(mock.requests.map((r) => periodOf(r.query))).toEqual(['202304']);
    expect(second.heldMonths).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(second.rows).toEqual(first.rows);
  });

  it('--force refetches held months', async () => {
    await runUpdate(REQUEST, options());
    mock.requests.length = 0;
    await runUpdate(REQUEST, options({ force: true }));
    expect(mock.requests).toHaveLength(4);
  });

  it('keeps months outside the range in the state and the output of a wider run', async () => {
    await runUpdate({ ...REQUEST, to: '2023-02' }, options());
    await runUpdate({ ...REQUEST, from: '2023-03' }, options());
    mock.requests.length = 0;
    const all = await runUpdate(REQUEST, options());
    expect(mock.requests.map((r) => periodOf(r.query))).toEqual(['202304']);
    expectCompleteRows(all.rows);
  });

  it('sends the key as a header on the keyed endpoint, never in the URL', async () => {
    const keyed = testOptions(mock.baseUrl, cache.dir, clock, {}, 'secret-key');
    const result = await runUpdate(REQUEST, keyed);
    expect(mock.requests).toHaveLength(1);
    const [request] = mock.requests;
    expect(request?.path).toBe('/data/v1/get/C/M/HS');
    expect(request?.headers['ocp-apim-subscription-key']).toBe('secret-key');
    expect(request?.query.toString()).not.toContain('secret');
    expect(request?.query.get('period')).toBe('202301,202302,202303,202304');
    expectCompleteRows(result.rows);
  });

  it('refetches a month whose cached response was damaged', async () => {
    await runUpdate(REQUEST, options());
    const [first] = cachedFiles();
    writeFileSync(path.join(cache.dir, 'responses', first as string), '{"count": 1, "da');
    mock.requests.length = 0;
    const result = await runUpdate(REQUEST, options());
    expect(mock.requests).toHaveLength(2);
    expectCompleteRows(result.rows);
  });
});

describe('runUpdate, transient faults end in a complete result', () => {
  it('429: waits what Retry-After says (seconds), then succeeds', async () => {
    const body = readFileSync(path.join(FIXTURE_DIR, 'error-429.json'), 'utf8');
    mock.inject({ kind: 'status', status: 429, retryAfter: '3', body });
    const result = await runUpdate(REQUEST, options());
    expect(clock.sleeps).toContain(3_000);
    expect(mock.requests.map((r) => periodOf(r.query))).toEqual([
      '202301',
      '202301',
      '202302',
      '202303',
      '202304',
    ]);
    expectCompleteRows(result.rows);
  });

  it('429: honours Retry-After as an HTTP date', async () => {
    const at = new Date(clock.now() + 7_000).toUTCString();
    mock.inject({ kind: 'status', status: 429, retryAfter: at });
    await runUpdate(REQUEST, options());
    expect(clock.sleeps[0]).toBe(7_000);
  });

  it('500: exponential backoff with jitter between attempts', async () => {
    mock.inject({ kind: 'status', status: 500 }, 2);
    const result = await runUpdate(REQUEST, options());
    // random() = 0.5, base 100 ms: backoff 50 then 100 ms; the pacing gap tops each up to the 1 s min interval.
    expect(clock.sleeps.slice(0, 4)).toEqual([50, 950, 100, 900]);
    expectCompleteRows(result.rows);
  });

  it('a hang past the timeout is aborted and retried', async () => {
    mock.inject({ kind: 'hang' });
    const started = Date.now();
    const result = await runUpdate(REQUEST, options());
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(mock.requests.filter((r) => periodOf(r.query) === '202301')).toHaveLength(2);
    expectCompleteRows(result.rows);
  });

  it('truncated JSON is retried and never cached', async () => {
    mock.inject({ kind: 'truncated-json' });
    const result = await runUpdate(REQUEST, options());
    expect(mock.requests.filter((r) => periodOf(r.query) === '202301')).toHaveLength(2);
    for (const file of cachedFiles()) {
      expect(() => JSON.parse(readFileSync(path.join(cache.dir, 'responses', file), 'utf8'))).not.toThrow();
    }
    expectCompleteRows(result.rows);
  });

  it('a response at the record cap is split and both halves are asked', async () => {
    mock.inject({ kind: 'at-cap' });
    const result = await runUpdate(REQUEST, options());
    expect(result.requests.split).toBe(1);
    const jan = mock.requests
      .filter((r) => periodOf(r.query) === '202301')
      .map((r) => r.query.get('partnerCode'));
    expect(jan).toEqual(['643,344', '643', '344']);
    expectCompleteRows(result.rows);
  });

  it('cap hits count towards the stop rule: an API answering everything at the cap costs 3 requests', async () => {
    mock.inject({ kind: 'at-cap' }, 999);
    const error = (await runUpdate(REQUEST, options({ timeoutMs: 20_000 })).catch(
      (e: unknown) => e,
    )) as IncompleteUpdateError;
    expect(error).toBeInstanceOf(IncompleteUpdateError);
    expect(mock.requests).toHaveLength(3);
    expect(error.missing.some((m) => m.reason.startsWith('not tried: 3 requests failed in a row'))).toBe(
      true,
    );
  });

  it('one code in one month at the cap is reported as capped, not split or retried', async () => {
    mock.inject({ kind: 'at-cap' }, 1);
    const request = { ...REQUEST, to: '2023-01', cmdCodes: ['854231'] };
    // A generous timeout: a slow machine must not turn the at-cap answer into a retried timeout.
    const error = (await runUpdate(request, options({ timeoutMs: 20_000 })).catch(
      (e: unknown) => e,
    )) as IncompleteUpdateError;
    expect(error).toBeInstanceOf(IncompleteUpdateError);
    expect(mock.requests).toHaveLength(1);
    expect(error.missing).toHaveLength(1);
    expect(error.missing[0]?.reason).toMatch(/^capped: one code in one month returned \d+ records/);
  });

  it('an empty result leaves the month unheld, and the next run fills it', async () => {
    mock.inject({ kind: 'empty' }, 1, (q) => periodOf(q) === '202302');
    const first = await runUpdate(REQUEST, options());
    expect(first.emptyMonths).toEqual(['2023-02', '2023-04']);
    expect(first.rows.some((row) => rowMonth(row) === '2023-02')).toBe(false);
    mock.requests.length = 0;
    const second = await runUpdate(REQUEST, options());
    expect(mock.requests.map((r) => periodOf(r.query))).toEqual(['202302', '202304']);
    expectCompleteRows(second.rows);
  });
});

describe('runUpdate, lasting faults end in a clear failure with cache and state intact', () => {
  it('names the missing chunk, keeps good responses cached and the old state untouched', async () => {
    await runUpdate({ ...REQUEST, to: '2023-01' }, options());
    const stateBefore = readStateText();
    mock.inject({ kind: 'status', status: 503 }, 99, (q) => periodOf(q) === '202302');
    const error = await runUpdate(REQUEST, options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncompleteUpdateError);
    const incomplete = error as IncompleteUpdateError;
    expect(incomplete.missing.map((m) => m.chunk.months)).toEqual([['2023-02']]);
    expect(incomplete.message).toContain('2023-02');
    expect(incomplete.message).toContain('HTTP 503');
    expect(readStateText()).toBe(stateBefore);
    expect(cachedFiles()).toHaveLength(2);

    mock.heal();
    mock.requests.length = 0;
    const resumed = await runUpdate(REQUEST, options());
    expect(mock.requests.map((r) => periodOf(r.query))).toEqual(['202302', '202304']);
    expectCompleteRows(resumed.rows);
  });

  it('every fault again: each attempt fails, the run fails after maxAttempts', async () => {
    mock.inject({ kind: 'truncated-json' }, 99, (q) => periodOf(q) === '202303');
    const error = (await runUpdate(REQUEST, options()).catch((e: unknown) => e)) as IncompleteUpdateError;
    expect(error.missing[0]?.reason).toMatch(/malformed JSON.*after 4 attempts/);
    expect(mock.requests.filter((r) => periodOf(r.query) === '202303')).toHaveLength(4);
    expect(existsSync(stateFile(cache.dir))).toBe(false);
  });

  it('a 400 is not retried', async () => {
    mock.inject({ kind: 'status', status: 400, body: '{"statusCode":400,"message":"bad period"}' });
    const error = (await runUpdate(REQUEST, options()).catch((e: unknown) => e)) as IncompleteUpdateError;
    expect(error.missing[0]?.reason).toContain('bad period');
    expect(mock.requests.filter((r) => periodOf(r.query) === '202301')).toHaveLength(1);
  });

  it('a Retry-After beyond the limit fails the chunk instead of waiting', async () => {
    mock.inject({ kind: 'status', status: 429, retryAfter: '3600' });
    const error = (await runUpdate(REQUEST, options()).catch((e: unknown) => e)) as IncompleteUpdateError;
    expect(error.missing[0]?.reason).toContain('wait 3600 s');
    expect(clock.sleeps).not.toContain(3_600_000);
  });

  it('stops trying after too many chunks fail in a row', async () => {
    mock.inject({ kind: 'status', status: 502 }, 99);
    const error = (await runUpdate(REQUEST, options({ maxConsecutiveFailures: 2 })).catch(
      (e: unknown) => e,
    )) as IncompleteUpdateError;
    expect(error.missing).toHaveLength(4);
    expect(error.missing.slice(2).every((m) => m.reason.startsWith('not tried'))).toBe(true);
    expect(mock.requests).toHaveLength(8);
  });
});
