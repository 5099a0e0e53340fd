import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchText, HttpError } from '../../../src/data/fetch-text';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      chunks.forEach((chunk) => controller.enqueue(encoder.encode(chunk)));
      controller.close();
    },
  });
}

describe('fetchText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads a streamed body and reports progress against Content-Length', async () => {
    const body = streamOf(['a,b\n', '1,2\n']);
    vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-length': '8' } }));
    const progress: { loaded: number; total: number | null }[] = [];
    const text = await fetchText('https://example.org/x.csv', (p) => progress.push(p));
    expect(text).toBe('a,b\n1,2\n');
    expect(progress.at(-1)).toEqual({ loaded: 8, total: 8 });
    expect(progress[0]).toEqual({ loaded: 0, total: 8 });
  });

  it('reports an unknown total when the server gives no length', async () => {
    vi.stubGlobal('fetch', async () => new Response(streamOf(['abc'])));
    const progress: { loaded: number; total: number | null }[] = [];
    await fetchText('https://example.org/x.csv', (p) => progress.push(p));
    expect(progress.at(-1)).toEqual({ loaded: 3, total: null });
  });

  it('throws an HttpError with the status for a missing file', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
    await expect(fetchText('https://example.org/x.csv', () => {})).rejects.toThrow(HttpError);
    await expect(fetchText('https://example.org/x.csv', () => {})).rejects.toThrow('HTTP 404 Not Found');
  });
});
