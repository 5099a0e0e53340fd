// A tiny static file server (node:http) for benchmarks and browser tests: each URL prefix maps to a folder.
// Requests outside every mount, or outside a mount's folder, get 404; every request is recorded. With `gzip`,
// text files are sent gzip-compressed to clients that accept it, as a real host would (benchmarks' byte counts).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Every request as "<status> <path>". */
  log: string[];
  close(): Promise<void>;
}

/** `mounts`: URL prefix ("/sub/path/") -> folder. The longest matching prefix wins. */
export function resolveFile(mounts: Readonly<Record<string, string>>, urlPath: string): string | null {
  const prefix = Object.keys(mounts)
    .filter((mount) => urlPath.startsWith(mount))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  const root = path.resolve(mounts[prefix] as string);
  let file = path.resolve(root, `.${path.posix.sep}${decodeURIComponent(urlPath.slice(prefix.length))}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) ? file : null;
}

export interface StaticServerOptions {
  /** Send text files (html, js, css, json, csv, svg) gzip-compressed when the request accepts gzip. */
  gzip?: boolean;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg', '.md']);

export async function startStaticServer(
  mounts: Readonly<Record<string, string>>,
  port = 0,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const log: string[] = [];
  // Compressed once per file: the server's own CPU should not weigh on what a benchmark times.
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(mounts, urlPath);
    log.push(`${file ? 200 : 404} ${urlPath}`);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (options.gzip && accepts && COMPRESSIBLE.has(path.extname(file))) {
      let body = compressed.get(file);
      if (!body) compressed.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.length,
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      });
      response.end(body);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((listening) => server.listen(port, '127.0.0.1', listening));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    log,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
