// Months a past complete run already holds: listed in the state file AND still readable from the cache.
import { createHash } from 'node:crypto';
import type { ChunkQuery } from './plan';
import { checkResponse, rowMonth, type ComtradeRow } from './response';
import type { ResponseCache, UpdateState } from './store';

/** What was asked, as a hash: a state written for other codes or partners must not count. */
export function scopeHash(cmdCodes: readonly string[], partners: readonly number[]): string {
  const canonical = JSON.stringify({
    cmdCodes: [...new Set(cmdCodes)].sort(),
    partners: [...new Set(partners)].sort((a, b) => a - b),
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

export interface HeldData {
  /** month -> cache keys of the responses that hold its rows. */
  months: Map<string, string[]>;
  /** cache key -> the request it answered. */
  chunks: Map<string, ChunkQuery>;
  rows: ComtradeRow[];
}

/** Rows of one cached response, re-checked (no record cap: it was checked against its own cap when fetched). */
export function cachedRows(cache: ResponseCache, key: string, chunk: ChunkQuery): ComtradeRow[] | null {
  const body = cache.get(key);
  if (body === null) return null;
  const check = checkResponse(chunk, body, Number.POSITIVE_INFINITY);
  return check.kind === 'ok' ? check.rows : null;
}

type ReadRows = (key: string) => ComtradeRow[] | null;

/** Reads each cached response once, however many months it covers. */
function memoReader(state: UpdateState, cache: ResponseCache): ReadRows {
  const memo = new Map<string, ComtradeRow[] | null>();
  return (key) => {
    if (!memo.has(key)) {
      const chunk = state.chunks[key];
      memo.set(key, chunk ? cachedRows(cache, key, chunk) : null);
    }
    return memo.get(key) ?? null;
  };
}

function rowsOfMonth(month: string, keys: readonly string[], read: ReadRows): ComtradeRow[] | null {
  const out: ComtradeRow[] = [];
  for (const key of keys) {
    const rows = read(key);
    if (rows === null) return null;
    out.push(...rows.filter((row) => rowMonth(row) === month));
  }
  return out.length > 0 ? out : null;
}

/** A month whose cached responses are gone or damaged is not held: it will be fetched again. */
export function loadHeld(
  state: UpdateState,
  wanted: readonly string[],
  cache: ResponseCache,
  force: boolean,
): HeldData {
  const held: HeldData = { months: new Map(), chunks: new Map(), rows: [] };
  if (force) return held;
  const read = memoReader(state, cache);
  for (const month of wanted) {
    const keys = state.months[month];
    if (!keys) continue;
    const rows = rowsOfMonth(month, keys, read);
    if (rows === null) continue;
    held.months.set(month, keys);
    for (const key of keys) held.chunks.set(key, state.chunks[key] as ChunkQuery);
    held.rows.push(...rows);
  }
  return held;
}
