// One HTTP GET with a hard deadline covering headers and body, so a stalled server cannot hang the run.

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export type HttpResult =
  | { kind: 'response'; status: number; retryAfter: string | null; body: string }
  | { kind: 'timeout' }
  | { kind: 'network'; message: string };

export async function getWithTimeout(
  fetchFn: FetchFn,
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<HttpResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, { headers, signal: controller.signal });
    const body = await response.text();
    return {
      kind: 'response',
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body,
    };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout' };
    return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
