import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../../scripts/bench/static-server';

const dir = mkdtempSync(path.join(tmpdir(), 'static-server-'));
const CSV = 'period,value\n' + '2017,1\n'.repeat(200);
writeFileSync(path.join(dir, 'flows.csv'), CSV);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** node:http, not fetch: fetch would decompress the body and hide what was sent. */
function getRaw(url: string, acceptEncoding: string) {
  return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

describe('startStaticServer', () => {
  it('sends text files gzip-compressed with the gzip option, to clients that accept it', async () => {
    const server = await startStaticServer({ '/data/': dir }, 0, { gzip: true });
    try {
      const gzipped = await getRaw(`${server.origin}/data/flows.csv`, 'gzip, deflate');
      expect(gzipped.encoding).toBe('gzip');
      expect(gzipped.body.length).toBeLessThan(CSV.length);
      expect(gunzipSync(gzipped.body).toString()).toBe(CSV);
      const plain = await getRaw(`${server.origin}/data/flows.csv`, 'identity');
      expect(plain.encoding).toBeUndefined();
      expect(plain.body.toString()).toBe(CSV);
    } finally {
      await server.close();
    }
  });

  it('sends files as they are without the option', async () => {
    const server = await startStaticServer({ '/data/': dir });
    try {
      const response = await getRaw(`${server.origin}/data/flows.csv`, 'gzip');
      expect(response.encoding).toBeUndefined();
      expect(response.body.toString()).toBe(CSV);
    } finally {
      await server.close();
    }
  });
});
