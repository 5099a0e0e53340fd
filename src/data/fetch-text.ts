// Downloads a text file as a stream so the reader sees progress on large files.
import type { LoadProgress } from './worker-protocol';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`HTTP ${status}${statusText ? ` ${statusText}` : ''}`);
    this.name = 'HttpError';
  }
}

function expectedBytes(response: Response): number | null {
  // A compressed response's Content-Length counts compressed bytes, not the text we read: don't trust it then.
  if (response.headers.get('content-encoding')) return null;
  const length = Number(response.headers.get('content-length'));
  return Number.isFinite(length) && length > 0 ? length : null;
}

/**
 * Where embed.html's inline script leaves the responses it requested before the app's scripts arrived (absolute
 * URL -> response; scripts/prerender/early-requests.ts). Each is taken once: a later read of the file fetches it.
 */
export const EARLY_RESPONSES = '__earlyData';

function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const sent = (self as unknown as Record<string, Record<string, Promise<Response>> | undefined>)[
    EARLY_RESPONSES
  ];
  const response = sent?.[url];
  if (response) delete sent[url];
  return response;
}

export async function fetchText(
  url: string,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<string> {
  const response = await (takeEarlyResponse(url) ?? fetch(url, { signal }));
  if (!response.ok) throw new HttpError(response.status, response.statusText);
  // A static host (or `vite preview`) answers a missing file with its HTML page and 200: never parse that.
  if (/^\s*text\/html\b/i.test(response.headers.get('content-type') ?? '')) {
    const file = decodeURIComponent(new URL(url, 'http://x/').pathname.split('/').pop() ?? url);
    throw new Error(
      `Could not load ${file}: the server sent an HTML page instead (the file is probably not in this build)`,
    );
  }
  const total = expectedBytes(response);
  if (!response.body) return response.text();

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  onProgress({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress({ loaded, total: total !== null && loaded <= total ? total : null });
  }
  parts.push(decoder.decode());
  return parts.join('');
}
