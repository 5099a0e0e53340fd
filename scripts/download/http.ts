// GET with a few retries on 429/5xx/network errors. The body is left to the caller, so a multi-GB zip can be
// streamed rather than buffered.
import type { FetchFn } from '../update/http';
import { isRetryableStatus } from '../update/retry';

export type { FetchFn };

export interface HttpOptions {
  fetch: FetchFn;
  headers?: Record<string, string>;
  attempts?: number;
  /** Wait before retry n (1-based): tests pass 0. */
  delayMs?: (attempt: number) => number;
}

export class DownloadError extends Error {
  override readonly name = 'DownloadError';
}

const defaultDelay = (attempt: number) => 2_000 * 2 ** (attempt - 1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function getResponse(url: string, opts: HttpOptions): Promise<Response> {
  const attempts = opts.attempts ?? 4;
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep((opts.delayMs ?? defaultDelay)(attempt - 1));
    try {
      const response = await opts.fetch(url, { headers: opts.headers ?? {} });
      if (response.ok) return response;
      last = `HTTP ${response.status}`;
      await response.body?.cancel();
      if (!isRetryableStatus(response.status)) break;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
  }
  throw new DownloadError(`GET ${url} failed: ${last}`);
}

export async function getBytes(url: string, opts: HttpOptions): Promise<Buffer> {
  const response = await getResponse(url, opts);
  return Buffer.from(await response.arrayBuffer());
}
