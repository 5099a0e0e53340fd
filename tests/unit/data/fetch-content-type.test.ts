// Issue 13, item 9: a server that answers a missing data file with its HTML fallback page is not read as CSV.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchText } from '../../../src/data/fetch-text';

afterEach(() => vi.unstubAllGlobals());

function serve(body: string, type: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status: 200, headers: { 'content-type': type } })),
  );
}

describe('fetchText and the response content type', () => {
  it('refuses an HTML page in place of a data file, naming the file', async () => {
    serve('<!doctype html><html><body>app</body></html>', 'text/html; charset=utf-8');
    await expect(fetchText('/app/data/comtrade_chpl_monthly.csv', () => {})).rejects.toThrow(
      /comtrade_chpl_monthly\.csv.*HTML page.*not in this build/,
    );
  });

  it('reads CSV and JSON whatever their exact text type', async () => {
    serve('a,b\n1,2\n', 'text/csv');
    await expect(fetchText('/data/x.csv', () => {})).resolves.toBe('a,b\n1,2\n');
    serve('{"a":1}', 'application/json');
    await expect(fetchText('/data/manifest.json', () => {})).resolves.toBe('{"a":1}');
    serve('a,b\n', '');
    await expect(fetchText('/data/y.csv', () => {})).resolves.toBe('a,b\n');
  });
});
