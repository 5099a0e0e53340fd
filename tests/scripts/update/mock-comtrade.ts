// A local stand-in for the Comtrade API v1 data endpoints: answers from a row catalogue like the real API
// (filters by reporter, flow, periods, codes, partners; honours maxRecords) and injects scripted faults.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/comtrade-api',
);

export type FixtureRow = Record<string, unknown> & { period: string; cmdCode: string; partnerCode: number };

export function loadFixtureRows(): FixtureRow[] {
  return JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'rows.json'), 'utf8')) as FixtureRow[];
}

export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  | { kind: 'hang' }
  | { kind: 'truncated-json' }
  | { kind: 'at-cap' }
  | { kind: 'empty' };

export interface SeenRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}

interface FaultRule {
  fault: Fault;
  remaining: number;
  match: (query: URLSearchParams) => boolean;
}

export interface MockComtrade {
  baseUrl: string;
  requests: SeenRequest[];
  /** The next `times` requests that match (default: any) get `fault` instead of data. */
  inject(fault: Fault, times?: number, match?: (query: URLSearchParams) => boolean): void;
  /** The API recovers: no more faults. */
  heal(): void;
  close(): Promise<void>;
}

const list = (query: URLSearchParams, name: string) => (query.get(name) ?? '').split(',').filter(Boolean);

function matchingRows(catalogue: readonly FixtureRow[], query: URLSearchParams): FixtureRow[] {
  const periods = list(query, 'period');
  const codes = list(query, 'cmdCode');
  const partners = list(query, 'partnerCode').map(Number);
  return catalogue.filter(
    (row) =>
      String(row['reporterCode']) === query.get('reporterCode') &&
      row['flowCode'] === query.get('flowCode') &&
      periods.includes(row.period) &&
      codes.includes(row.cmdCode) &&
      partners.includes(row.partnerCode),
  );
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(body);
}

function envelope(data: readonly unknown[]): string {
  return JSON.stringify({ elapsedTime: '0.01 secs', count: data.length, data, error: '' });
}

function respond(
  res: ServerResponse,
  catalogue: readonly FixtureRow[],
  query: URLSearchParams,
  fault?: Fault,
): void {
  const maxRecords = Number(query.get('maxRecords') ?? 500);
  const rows = matchingRows(catalogue, query).slice(0, maxRecords);
  if (!fault) return sendJson(res, 200, envelope(rows));
  switch (fault.kind) {
    case 'status': {
      const headers: Record<string, string> = fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {};
      return sendJson(
        res,
        fault.status,
        fault.body ?? `{"statusCode":${fault.status},"message":"Server error"}`,
        headers,
      );
    }
    case 'hang':
      return;
    case 'truncated-json': {
      const body = envelope(rows);
      return sendJson(res, 200, body.slice(0, Math.floor(body.length / 2)));
    }
    case 'at-cap': {
      // As if the query matched more rows than maxRecords: exactly maxRecords come back.
      const padded = Array.from({ length: maxRecords }, (_, i) => rows[i % Math.max(rows.length, 1)] ?? {});
      return sendJson(res, 200, envelope(padded));
    }
    case 'empty':
      return sendJson(res, 200, envelope([]));
  }
}

export async function startMockComtrade(
  catalogue: readonly FixtureRow[] = loadFixtureRows(),
): Promise<MockComtrade> {
  const requests: SeenRequest[] = [];
  const rules: FaultRule[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname, query: url.searchParams, headers: req.headers });
    const known = ['/public/v1/preview/C/M/HS', '/data/v1/get/C/M/HS'];
    if (!known.includes(url.pathname))
      return sendJson(res, 404, '{"statusCode":404,"message":"Resource not found"}');
    const rule = rules.find((r) => r.remaining > 0 && r.match(url.searchParams));
    if (rule) rule.remaining--;
    respond(res, catalogue, url.searchParams, rule?.fault);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    inject: (fault, times = 1, match = () => true) => rules.push({ fault, remaining: times, match }),
    heal: () => rules.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
