// UN Comtrade API JSON: { data: [ {...record...} ], error, ... } or a bare array of records.
import { Collector, failedResult } from './collector';
import { comtradeRow, type ComtradeGet } from './comtrade';
import type { ReaderContext } from './context';
import type { ImportResult } from './types';

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordsOf(json: unknown): unknown[] | string {
  if (Array.isArray(json)) return json;
  if (!isRecord(json)) return 'The JSON holds neither a list of records nor a Comtrade response.';
  if (Array.isArray(json.data)) return json.data;
  const apiError = typeof json.error === 'string' && json.error ? ` (Comtrade says: ${json.error})` : '';
  return `The JSON has no "data" list of records${apiError}.`;
}

function getter(record: Record<string, unknown>): ComtradeGet {
  return (field) => {
    const value = record[field];
    return value === null || value === undefined || typeof value === 'object' ? '' : String(value).trim();
  };
}

/** The records of a Comtrade JSON text, or a sentence saying why there are none. */
export function comtradeJsonRecords(text: string): unknown[] | string {
  const parsed = parseJson(text);
  if (!parsed.ok) return `The file is not valid JSON: ${parsed.message}`;
  return recordsOf(parsed.value);
}

/** Rows are numbered by record (1-based), since a JSON file has no lines a reader would count. */
export function readJsonRecord(record: unknown, index: number, ctx: ReaderContext, out: Collector): void {
  if (isRecord(record)) comtradeRow(getter(record), index + 1, ctx, out);
  else {
    out.inputRows += 1;
    out.reject(index + 1, null, '', 'not a record (expected an object)');
  }
}

export function importComtradeJson(text: string, ctx: ReaderContext): ImportResult {
  const records = comtradeJsonRecords(text);
  if (typeof records === 'string') return failedResult('comtrade-json', ctx.encoding, records);
  const out = new Collector();
  for (const [index, record] of records.entries()) {
    if (ctx.options.signal?.aborted) return failedResult('comtrade-json', ctx.encoding, 'Import cancelled.');
    readJsonRecord(record, index, ctx, out);
    if ((index + 1) % 2000 === 0)
      ctx.options.onProgress?.({ rows: index + 1, fraction: (index + 1) / records.length });
  }
  ctx.options.onProgress?.({ rows: records.length, fraction: 1 });
  return out.finish('comtrade-json', ctx.encoding);
}
