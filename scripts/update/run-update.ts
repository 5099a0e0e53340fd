// The update run: plan what is not held yet, fetch it chunk by chunk (cache first), split chunks that hit the
// record cap, and only when every chunk arrived, record the new months in the state file.
import { createRateLimiter, type Clock } from './clock';
import { chunkKey, type Endpoint } from './endpoint';
import { IncompleteUpdateError, type MissingChunk } from './errors';
import { fetchChunk, type ChunkOutcome, type FetchDeps } from './fetch-chunk';
import type { FetchFn } from './http';
import { cachedRows, loadHeld, scopeHash, type HeldData } from './held';
import { monthRange } from './months';
import { describeChunk, planChunks, splitChunk, type ChunkQuery } from './plan';
import { rowMonth, rowPartner, type ComtradeRow } from './response';
import { DEFAULT_RETRY, type RetryPolicy } from './retry';
import { readState, responseCache, writeState, type ResponseCache, type UpdateState } from './store';

export interface UpdateRequest {
  /** "YYYY-MM", both included. */
  from: string;
  to: string;
  cmdCodes: readonly string[];
  partners: readonly number[];
}

export interface UpdateOptions {
  endpoint: Endpoint;
  cacheDir: string;
  /** Refetch every month of the range: ignore the state file and the cached responses (e.g. after revisions). */
  force?: boolean;
  fetch: FetchFn;
  clock: Clock;
  random?: () => number;
  log?: (message: string) => void;
  /** Per attempt, headers and body (default DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
  retry?: RetryPolicy;
  /** After this many chunks fail in a row, the rest are not tried (the API is down or refusing us). */
  maxConsecutiveFailures?: number;
}

export interface PlannedChunk {
  chunk: ChunkQuery;
  key: string;
  cached: boolean;
}

export interface UpdatePlan {
  months: string[];
  heldMonths: string[];
  monthsToFetch: string[];
  chunks: PlannedChunk[];
}

export interface UpdateResult {
  /** Every row for the requested months, held and new, sorted by period, partner, code. */
  rows: ComtradeRow[];
  heldMonths: string[];
  newMonths: string[];
  /** Asked but returned no row: not published yet (or no trade). Not recorded as held, so asked again next time. */
  emptyMonths: string[];
  requests: { fetched: number; fromCache: number; split: number };
}

/** The API answers a preview request in seconds; a minute without a full answer is a stalled server. */
export const DEFAULT_TIMEOUT_MS = 60_000;

interface Context {
  request: UpdateRequest;
  options: UpdateOptions;
  cache: ResponseCache;
  state: UpdateState;
  held: HeldData;
  log: (message: string) => void;
}

function prepare(request: UpdateRequest, options: UpdateOptions): Context {
  const log = options.log ?? (() => {});
  const cache = responseCache(options.cacheDir);
  const state = readState(options.cacheDir, scopeHash(request.cmdCodes, request.partners), log);
  const months = monthRange(request.from, request.to);
  const held = loadHeld(state, months, cache, options.force ?? false);
  return { request, options, cache, state, held, log };
}

function planFrom(ctx: Context): UpdatePlan {
  const months = monthRange(ctx.request.from, ctx.request.to);
  const monthsToFetch = months.filter((m) => !ctx.held.months.has(m));
  const query = { months: monthsToFetch, cmdCodes: ctx.request.cmdCodes, partners: ctx.request.partners };
  const chunks = planChunks(query, ctx.options.endpoint).map((chunk) => {
    const key = chunkKey(chunk);
    return { chunk, key, cached: !ctx.options.force && ctx.cache.has(key) };
  });
  return { months, heldMonths: [...ctx.held.months.keys()], monthsToFetch, chunks };
}

/** What a run would do, without any request: for --dry-run. */
export function planUpdate(request: UpdateRequest, options: UpdateOptions): UpdatePlan {
  return planFrom(prepare(request, options));
}

interface Fetched {
  chunk: ChunkQuery;
  key: string;
  rows: ComtradeRow[];
}

interface Progress {
  done: Fetched[];
  missing: MissingChunk[];
  counts: UpdateResult['requests'];
}

function fetchDeps(options: UpdateOptions, log: (m: string) => void): FetchDeps {
  return {
    fetch: options.fetch,
    clock: options.clock,
    random: options.random ?? Math.random,
    log,
    waitTurn: createRateLimiter(options.endpoint.minIntervalMs, options.clock),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: options.retry ?? DEFAULT_RETRY,
  };
}

function record(ctx: Context, progress: Progress, chunk: ChunkQuery, outcome: ChunkOutcome): ChunkQuery[] {
  const key = chunkKey(chunk);
  if (outcome.kind === 'ok') {
    // An empty answer usually means "not published yet": not cached, so the next run asks again.
    if (outcome.rows.length > 0) ctx.cache.put(key, outcome.body);
    progress.done.push({ chunk, key, rows: outcome.rows });
    return [];
  }
  if (outcome.kind === 'truncated') {
    const halves = splitChunk(chunk);
    ctx.log(
      `  ${outcome.count} records: at the cap, ${halves ? 'splitting' : 'capped (one code, one month)'}`,
    );
    if (halves) {
      progress.counts.split++;
      return halves;
    }
    progress.missing.push({
      key,
      chunk,
      reason: `capped: one code in one month returned ${outcome.count} records, the API's cap; not retried`,
    });
    return [];
  }
  progress.missing.push({ key, chunk, reason: outcome.reason });
  return [];
}

async function fetchAll(ctx: Context, planned: readonly ChunkQuery[]): Promise<Progress> {
  const deps = fetchDeps(ctx.options, ctx.log);
  const maxFailures = ctx.options.maxConsecutiveFailures ?? 3;
  const progress: Progress = { done: [], missing: [], counts: { fetched: 0, fromCache: 0, split: 0 } };
  const queue = [...planned];
  let failuresInRow = 0;
  for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
    const key = chunkKey(chunk);
    if (failuresInRow >= maxFailures) {
      progress.missing.push({
        key,
        chunk,
        reason: `not tried: ${maxFailures} requests failed in a row before it`,
      });
      continue;
    }
    const cached = ctx.options.force ? null : cachedRows(ctx.cache, key, chunk);
    if (cached) {
      progress.counts.fromCache++;
      progress.done.push({ chunk, key, rows: cached });
      continue;
    }
    ctx.log(`GET ${describeChunk(chunk)}`);
    const outcome = await fetchChunk(chunk, ctx.options.endpoint, deps);
    progress.counts.fetched++;
    // A cap hit is not a success: an API that answers everything at the cap stops the run like one that fails,
    // instead of being split into ever more requests.
    failuresInRow = outcome.kind === 'ok' ? 0 : failuresInRow + 1;
    queue.unshift(...record(ctx, progress, chunk, outcome));
  }
  return progress;
}

/** Keeps the state of months outside this run's range; replaces the range with what is held now. */
function nextState(ctx: Context, done: readonly Fetched[], range: readonly string[]): UpdateState {
  const months: UpdateState['months'] = { ...ctx.state.months };
  for (const month of range) delete months[month];
  for (const [month, keys] of ctx.held.months) months[month] = [...keys];
  for (const { key, rows } of done) {
    for (const month of new Set(rows.map(rowMonth))) months[month] = [...(months[month] ?? []), key];
  }
  const chunks: UpdateState['chunks'] = {};
  const known = new Map([
    ...Object.entries(ctx.state.chunks),
    ...ctx.held.chunks,
    ...done.map((d) => [d.key, d.chunk] as const),
  ]);
  for (const key of new Set(Object.values(months).flat())) {
    const chunk = known.get(key);
    if (chunk)
      chunks[key] = {
        months: [...chunk.months],
        cmdCodes: [...chunk.cmdCodes],
        partners: [...chunk.partners],
      };
  }
  return { version: 1, scope: ctx.state.scope, months, chunks };
}

function byPeriodPartnerCode(a: ComtradeRow, b: ComtradeRow): number {
  return (
    rowMonth(a).localeCompare(rowMonth(b)) ||
    rowPartner(a) - rowPartner(b) ||
    a.cmdCode.localeCompare(b.cmdCode)
  );
}

/**
 * Fetches every month of the range not held yet. Throws IncompleteUpdateError if any request failed; the
 * responses that did arrive stay cached and the state file is left as it was.
 */
export async function runUpdate(request: UpdateRequest, options: UpdateOptions): Promise<UpdateResult> {
  const ctx = prepare(request, options);
  const plan = planFrom(ctx);
  const progress = await fetchAll(
    ctx,
    plan.chunks.map((p) => p.chunk),
  );
  if (progress.missing.length > 0) throw new IncompleteUpdateError(progress.missing, progress.done.length);
  const newRows = progress.done.flatMap((d) => d.rows);
  const withRows = new Set(newRows.map(rowMonth));
  writeState(options.cacheDir, nextState(ctx, progress.done, plan.months));
  return {
    rows: [...ctx.held.rows, ...newRows].sort(byPeriodPartnerCode),
    heldMonths: plan.heldMonths,
    newMonths: plan.monthsToFetch.filter((m) => withRows.has(m)),
    emptyMonths: plan.monthsToFetch.filter((m) => !withRows.has(m)),
    requests: progress.counts,
  };
}
