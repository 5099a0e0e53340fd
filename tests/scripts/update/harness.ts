// Shared set-up for the update tests: a fake clock, a temporary cache directory, options aimed at the mock.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Clock } from '../../../scripts/update/clock';
import { endpointFor, type Endpoint } from '../../../scripts/update/endpoint';
import type { UpdateOptions, UpdateRequest } from '../../../scripts/update/run-update';

export interface FakeClock extends Clock {
  sleeps: number[];
}

/** Sleeping advances the clock at once and is recorded, so backoff and pacing cost no real time. */
export function fakeClock(start = Date.UTC(2024, 0, 15, 12)): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'comtrade-update-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const REQUEST: UpdateRequest = {
  from: '2023-01',
  to: '2023-04',
  cmdCodes: ['854231', '848210'],
  partners: [643, 344],
};

export function testOptions(
  baseUrl: string,
  cacheDir: string,
  clock: FakeClock,
  extra: Partial<UpdateOptions> = {},
  apiKey: string | null = null,
): UpdateOptions {
  const endpoint: Endpoint = { ...endpointFor(apiKey, baseUrl), minIntervalMs: 1_000 };
  return {
    endpoint,
    cacheDir,
    fetch: (input, init) => fetch(input, init),
    clock,
    random: () => 0.5,
    timeoutMs: 300,
    retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 60_000 },
    ...extra,
  };
}
