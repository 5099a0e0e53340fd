// On-disk cache of raw responses (one file per request key) and the state file of months already held.
// Every write goes to a temporary file first and is renamed into place, so a crash never leaves half a file.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isMonth } from './months';

export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

export interface ResponseCache {
  get(key: string): string | null;
  put(key: string, body: string): void;
  has(key: string): boolean;
}

export function responseCache(dir: string): ResponseCache {
  const file = (key: string) => path.join(dir, 'responses', `${key}.json`);
  return {
    get: (key) => (existsSync(file(key)) ? readFileSync(file(key), 'utf8') : null),
    put: (key, body) => writeFileAtomic(file(key), body),
    has: (key) => existsSync(file(key)),
  };
}

/**
 * Which months a past complete run held, and which cached responses hold them. `scope` is a hash of what was
 * asked (codes, partners): a state written for another scope does not count.
 */
const chunkQuery = z.object({
  months: z.array(z.string().refine(isMonth, 'expected YYYY-MM')),
  cmdCodes: z.array(z.string()),
  partners: z.array(z.number().int()),
});

export const updateState = z.object({
  version: z.literal(1),
  scope: z.string(),
  /** month -> cache keys of the responses holding its rows. */
  months: z.record(z.string().refine(isMonth, 'expected YYYY-MM'), z.array(z.string())),
  /** cache key -> the request it answered (to re-check the cached body). */
  chunks: z.record(z.string(), chunkQuery),
});
export type UpdateState = z.infer<typeof updateState>;

export function emptyState(scope: string): UpdateState {
  return { version: 1, scope, months: {}, chunks: {} };
}

export function stateFile(dir: string): string {
  return path.join(dir, 'state.json');
}

/** A missing, unreadable or foreign-scope state means "nothing held": the run refetches, never trusts it. */
export function readState(dir: string, scope: string, log: (m: string) => void): UpdateState {
  const file = stateFile(dir);
  if (!existsSync(file)) return emptyState(scope);
  try {
    const state = updateState.parse(JSON.parse(readFileSync(file, 'utf8')));
    if (state.scope === scope) return state;
    log(`state ${file} was written for other codes/partners: ignoring it`);
  } catch (error) {
    log(
      `state ${file} is unreadable (${error instanceof Error ? error.message : String(error)}): ignoring it`,
    );
  }
  return emptyState(scope);
}

export function writeState(dir: string, state: UpdateState): void {
  writeFileAtomic(stateFile(dir), `${JSON.stringify(state, null, 2)}\n`);
}
