// Fetches one chunk: polite pacing, a deadline per attempt, retries on 429/5xx/timeouts/cut bodies.
import type { Clock } from './clock';
import { requestHeaders, requestUrl, type Endpoint } from './endpoint';
import { getWithTimeout, type FetchFn, type HttpResult } from './http';
import type { ChunkQuery } from './plan';
import { checkResponse, type ComtradeRow } from './response';
import { backoffDelay, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry';

export interface FetchDeps {
  fetch: FetchFn;
  clock: Clock;
  random: () => number;
  log: (message: string) => void;
  /** Resolves when the rate limit allows the next request. */
  waitTurn: () => Promise<void>;
  timeoutMs: number;
  retry: RetryPolicy;
}

export type ChunkOutcome =
  | { kind: 'ok'; rows: ComtradeRow[]; body: string }
  | { kind: 'truncated'; count: number }
  | { kind: 'failed'; reason: string };

type Step =
  { kind: 'done'; outcome: ChunkOutcome } | { kind: 'retry'; reason: string; retryAfterMs: number | null };

function snippet(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}...` : flat;
}

function classify(result: HttpResult, chunk: ChunkQuery, endpoint: Endpoint, deps: FetchDeps): Step {
  if (result.kind === 'timeout')
    return { kind: 'retry', reason: `timed out after ${deps.timeoutMs} ms`, retryAfterMs: null };
  if (result.kind === 'network')
    return { kind: 'retry', reason: `network error: ${result.message}`, retryAfterMs: null };
  if (result.status === 200) {
    const check = checkResponse(chunk, result.body, endpoint.maxRecords);
    if (check.kind === 'invalid')
      return { kind: 'retry', reason: `bad response: ${check.reason}`, retryAfterMs: null };
    return { kind: 'done', outcome: check.kind === 'ok' ? { ...check, body: result.body } : check };
  }
  const reason = `HTTP ${result.status}: ${snippet(result.body)}`;
  if (isRetryableStatus(result.status)) {
    return { kind: 'retry', reason, retryAfterMs: parseRetryAfter(result.retryAfter, deps.clock.now()) };
  }
  return { kind: 'done', outcome: { kind: 'failed', reason } };
}

export async function fetchChunk(
  chunk: ChunkQuery,
  endpoint: Endpoint,
  deps: FetchDeps,
): Promise<ChunkOutcome> {
  const url = requestUrl(endpoint, chunk);
  const headers = requestHeaders(endpoint);
  const { retry } = deps;
  let lastReason = 'no attempt made';
  for (let attempt = 0; attempt < retry.maxAttempts; attempt++) {
    await deps.waitTurn();
    const step = classify(
      await getWithTimeout(deps.fetch, url, headers, deps.timeoutMs),
      chunk,
      endpoint,
      deps,
    );
    if (step.kind === 'done') return step.outcome;
    lastReason = step.reason;
    if (step.retryAfterMs !== null && step.retryAfterMs > retry.maxRetryAfterMs) {
      return {
        kind: 'failed',
        reason: `${step.reason}; server asks to wait ${Math.ceil(step.retryAfterMs / 1000)} s`,
      };
    }
    if (attempt + 1 < retry.maxAttempts) {
      const delay = step.retryAfterMs ?? backoffDelay(attempt, retry, deps.random);
      deps.log(`  retry in ${delay} ms (${step.reason})`);
      await deps.clock.sleep(delay);
    }
  }
  return { kind: 'failed', reason: `${lastReason} (after ${retry.maxAttempts} attempts)` };
}
