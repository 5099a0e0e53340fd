// The shape of a Comtrade API v1 data response, and the checks a response must pass before we keep it.
import { z } from 'zod';
import { fromApiPeriod } from './months';
import type { ChunkQuery } from './plan';
import { FLOW_EXPORTS, FREQ_MONTHLY, REPORTER_CHINA } from './scope';

const numericCode = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]);

/**
 * One data row. The fields we read are typed; the rest (descriptions, qty, cif/fob, flags...) pass through
 * untouched so the raw snapshot keeps every column the API sent.
 */
export const comtradeRow = z.looseObject({
  freqCode: z.string(),
  period: z.union([z.string().regex(/^\d{6}$/), z.number().int()]),
  reporterCode: numericCode,
  flowCode: z.string(),
  partnerCode: numericCode,
  partner2Code: numericCode.nullish(),
  classificationCode: z.string().min(1),
  cmdCode: z.string().regex(/^\d{6}$/),
  customsCode: z.string().nullish(),
  motCode: numericCode.nullish(),
  netWgt: z.number().finite().nullish(),
  isNetWgtEstimated: z.boolean().nullish(),
  primaryValue: z.number().finite().nonnegative(),
});
export type ComtradeRow = z.infer<typeof comtradeRow>;

export const comtradeResponse = z.looseObject({
  elapsedTime: z.string().nullish(),
  count: z.number().int().nonnegative(),
  data: z.array(z.unknown()),
  error: z.string().nullish(),
});

export type ResponseCheck =
  | { kind: 'ok'; rows: ComtradeRow[] }
  | { kind: 'truncated'; count: number }
  | { kind: 'invalid'; reason: string };

export function rowMonth(row: ComtradeRow): string {
  return fromApiPeriod(String(row.period));
}

export function rowPartner(row: ComtradeRow): number {
  return Number(row.partnerCode);
}

/** One row per month x code x partner x breakdown: a second one means the API sent something we did not ask. */
function rowIdentity(row: ComtradeRow): string {
  const p2 = row.partner2Code ?? '';
  return [row.period, row.cmdCode, row.partnerCode, p2, row.customsCode ?? '', row.motCode ?? ''].join('|');
}

function rowProblem(row: ComtradeRow, chunk: ChunkQuery): string | null {
  if (Number(row.reporterCode) !== REPORTER_CHINA) return `reporterCode ${row.reporterCode}`;
  if (row.flowCode !== FLOW_EXPORTS) return `flowCode ${row.flowCode}`;
  if (row.freqCode !== FREQ_MONTHLY) return `freqCode ${row.freqCode}`;
  if (!chunk.months.includes(rowMonth(row))) return `period ${row.period} was not asked`;
  if (!chunk.cmdCodes.includes(row.cmdCode)) return `cmdCode ${row.cmdCode} was not asked`;
  if (!chunk.partners.includes(rowPartner(row))) return `partnerCode ${row.partnerCode} was not asked`;
  return null;
}

function parseRows(data: readonly unknown[], chunk: ChunkQuery): ResponseCheck {
  const rows: ComtradeRow[] = [];
  const seen = new Set<string>();
  for (const [i, item] of data.entries()) {
    const parsed = comtradeRow.safeParse(item);
    if (!parsed.success) return { kind: 'invalid', reason: `row ${i}: ${z.prettifyError(parsed.error)}` };
    const problem = rowProblem(parsed.data, chunk);
    if (problem) return { kind: 'invalid', reason: `row ${i}: ${problem}` };
    const id = rowIdentity(parsed.data);
    if (seen.has(id)) return { kind: 'invalid', reason: `row ${i}: duplicate of an earlier row (${id})` };
    seen.add(id);
    rows.push(parsed.data);
  }
  return { kind: 'ok', rows };
}

/** Checks a raw response body against the request that produced it. */
export function checkResponse(chunk: ChunkQuery, body: string, maxRecords: number): ResponseCheck {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { kind: 'invalid', reason: `malformed JSON (${body.length} bytes)` };
  }
  const envelope = comtradeResponse.safeParse(json);
  if (!envelope.success)
    return { kind: 'invalid', reason: `unexpected envelope: ${z.prettifyError(envelope.error)}` };
  const { count, data, error } = envelope.data;
  if (error) return { kind: 'invalid', reason: `API error: ${error}` };
  if (data.length >= maxRecords || count >= maxRecords)
    return { kind: 'truncated', count: Math.max(count, data.length) };
  if (count !== data.length) return { kind: 'invalid', reason: `count ${count} but ${data.length} rows` };
  return parseRows(data, chunk);
}
