// CEPII BACI (HS 2017) China <-> Russia rows -> tidy flow rows in whole US$.
import { flowRow, type FlowRow, type ReportingBasis } from '../../src/data/schema';
import { parseCsv, readRecords } from '../pipeline/csv';
import { cellError, type RowContext } from '../pipeline/errors';
import { parseInteger, parseNonNegative, parseOptionalNonNegative, toWholeUnits } from '../pipeline/numbers';
import type { RawFile } from '../pipeline/resolve';
import { validateRow } from '../pipeline/validate';

/** BACI uses UN M49 numeric codes; this extract holds only China and Russia. */
const M49_TO_ISO3: Readonly<Record<string, string>> = { '156': 'CHN', '643': 'RUS' };

/** Output field -> BACI column, so validation errors name the raw column. */
const RAW_COLUMN = {
  period: 't',
  exporter: 'i',
  importer: 'j',
  product: 'k',
  value: 'v',
  quantity: 'q',
} as const;

/**
 * 2017-2021 blend both sides' declarations; from 2022 Russia no longer reports, so BACI rests on China's customs:
 * China's exports (CHN->RUS) are exporter-reported, China's imports (RUS->CHN) importer-reported.
 */
export function baciBasis(year: number, exporter: string): ReportingBasis {
  if (year <= 2021) return 'reconciled';
  return exporter === 'CHN' ? 'exporter-reported' : 'importer-reported';
}

/** BACI stores HS6 codes as integers ("10620"): pad back to six digits ("010620"). */
export function padHs6(k: string, ctx: RowContext): string {
  const trimmed = k.trim();
  if (!/^\d{1,6}$/.test(trimmed)) throw cellError(ctx, 'k', 'expected an HS6 code of up to 6 digits', k);
  return trimmed.padStart(6, '0');
}

function partner(code: string, ctx: RowContext, column: string): string {
  const iso3 = M49_TO_ISO3[code.trim()];
  if (!iso3) throw cellError(ctx, column, 'expected 156 (China) or 643 (Russia)', code);
  return iso3;
}

export function parseBaci(raw: RawFile): FlowRow[] {
  const records = readRecords(parseCsv(raw.text), ['t', 'i', 'j', 'k', 'v', 'q'], {
    source: raw.source,
    file: raw.name,
  });
  return records.map(({ ctx, get }) => {
    const year = parseInteger(get('t'), ctx, 't');
    const exporter = partner(get('i'), ctx, 'i');
    const quantity = parseOptionalNonNegative(get('q'), ctx, 'q');
    const row = {
      period: String(year),
      freq: 'A',
      exporter,
      importer: partner(get('j'), ctx, 'j'),
      product: padHs6(get('k'), ctx),
      value: toWholeUnits(parseNonNegative(get('v'), ctx, 'v'), 1000),
      currency: 'USD',
      quantity,
      quantity_unit: quantity === null ? null : 't',
      source: raw.source,
      basis: baciBasis(year, exporter),
    };
    return validateRow(flowRow, row, ctx, RAW_COLUMN);
  });
}
