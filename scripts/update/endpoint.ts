// The two UN Comtrade API v1 endpoints for final HS data, and the URL of one request.
// Parameter names follow the official client (github.com/uncomtrade/comtradeapicall, PreviewGet.py).
import { createHash } from 'node:crypto';
import { toApiPeriod } from './months';
import type { ChunkLimits, ChunkQuery } from './plan';
import { FLOW_EXPORTS, FREQ_MONTHLY, REPORTER_CHINA } from './scope';

export const COMTRADE_BASE_URL = 'https://comtradeapi.un.org';

export interface Endpoint extends ChunkLimits {
  kind: 'preview' | 'keyed';
  baseUrl: string;
  path: string;
  /** Sent as the Ocp-Apim-Subscription-Key header, never in the URL (so it never reaches logs or cache keys). */
  apiKey: string | null;
  /** Polite gap between two requests. */
  minIntervalMs: number;
}

/**
 * Public preview: 500 records a call, no key; it is reported to reject more than one period a call
 * (github.com/koala73/worldmonitor/issues/4646), so we send one. Keyed: 100,000 records, 12 periods a call
 * (one year of months, the documented maximum for monthly data).
 */
export function endpointFor(apiKey: string | null, baseUrl: string = COMTRADE_BASE_URL): Endpoint {
  if (apiKey) {
    return {
      kind: 'keyed',
      baseUrl,
      path: '/data/v1/get/C/M/HS',
      apiKey,
      maxRecords: 100_000,
      maxPeriods: 12,
      rowsPerCell: 1,
      minIntervalMs: 1_100,
    };
  }
  return {
    kind: 'preview',
    baseUrl,
    path: '/public/v1/preview/C/M/HS',
    apiKey: null,
    maxRecords: 500,
    maxPeriods: 1,
    rowsPerCell: 1,
    minIntervalMs: 2_000,
  };
}

/** Query parameters of one request. Classic breakdown: one total row per cell (all customs procedures, modes). */
export function requestParams(chunk: ChunkQuery, maxRecords: number): URLSearchParams {
  return new URLSearchParams({
    reporterCode: String(REPORTER_CHINA),
    period: chunk.months.map(toApiPeriod).join(','),
    partnerCode: chunk.partners.join(','),
    partner2Code: '0',
    cmdCode: chunk.cmdCodes.join(','),
    flowCode: FLOW_EXPORTS,
    customsCode: 'C00',
    motCode: '0',
    maxRecords: String(maxRecords),
    format: 'JSON',
    breakdownMode: 'classic',
    includeDesc: 'true',
  });
}

export function requestUrl(endpoint: Endpoint, chunk: ChunkQuery): string {
  const url = new URL(endpoint.path, endpoint.baseUrl);
  url.search = requestParams(chunk, endpoint.maxRecords).toString();
  return url.toString();
}

export function requestHeaders(endpoint: Endpoint): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (endpoint.apiKey) headers['Ocp-Apim-Subscription-Key'] = endpoint.apiKey;
  return headers;
}

/**
 * Cache key of a request: what is asked, not where or with which key, so preview and keyed responses to the
 * same question share a cache entry.
 */
export function chunkKey(chunk: ChunkQuery): string {
  const canonical = JSON.stringify({
    reporter: REPORTER_CHINA,
    flow: FLOW_EXPORTS,
    freq: FREQ_MONTHLY,
    cl: 'HS',
    months: [...chunk.months].sort(),
    cmdCodes: [...chunk.cmdCodes].sort(),
    partners: [...chunk.partners].sort((a, b) => a - b),
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}
