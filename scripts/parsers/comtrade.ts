// UN Comtrade monthly China <-> Russia totals (China reports both flows) -> tidy flow rows in whole US$.
import { flowRow, type FlowRow } from '../../src/data/schema';
import { parseCsv, readRecords } from '../pipeline/csv';
import { cellError, PipelineError, type RowContext } from '../pipeline/errors';
import { parseNonNegative, toWholeUnits } from '../pipeline/numbers';
import type { RawFile } from '../pipeline/resolve';
import { validateRow } from '../pipeline/validate';

interface MonthValue {
  period: string;
  valueUsd: number;
  ctx: RowContext;
}

function monthFromDate(date: string, ctx: RowContext): string {
  const match = /^(\d{4})-(\d{2})-01$/.exec(date.trim());
  if (!match) throw cellError(ctx, 'date', 'expected the first day of a month (YYYY-MM-01)', date);
  return `${match[1]}-${match[2]}`;
}

function monthFromPeriod(period: string, ctx: RowContext): string {
  const match = /^(\d{4})(\d{2})$/.exec(period.trim());
  if (!match) throw cellError(ctx, 'period', 'expected a month as YYYYMM', period);
  return `${match[1]}-${match[2]}`;
}

/** The panel's two trade columns are China-reported, in US$ billion with 9 decimals: exact whole dollars. */
export function readPanel(raw: RawFile): { exports: MonthValue[]; imports: MonthValue[] } {
  const columns = ['date', 'CHN_exp_to_RUS_bn', 'RUS_exp_to_CHN_bn'] as const;
  const records = readRecords(parseCsv(raw.text), columns, { source: raw.source, file: raw.name });
  const exports: MonthValue[] = [];
  const imports: MonthValue[] = [];
  for (const { ctx, get } of records) {
    const period = monthFromDate(get('date'), ctx);
    const bn = (column: (typeof columns)[number]) =>
      toWholeUnits(parseNonNegative(get(column), ctx, column), 1e9);
    exports.push({ period, valueUsd: bn('CHN_exp_to_RUS_bn'), ctx });
    imports.push({ period, valueUsd: bn('RUS_exp_to_CHN_bn'), ctx });
  }
  return { exports, imports };
}

const EXPECTED_API_FIELDS = {
  freqCode: 'M',
  reporterCode: '156',
  partnerCode: '643',
  flowCode: 'M',
  cmdCode: 'TOTAL',
};

/** Raw Comtrade API rows: China's monthly imports from Russia (primaryValue, US$). */
export function readApiImports(raw: RawFile): MonthValue[] {
  const fields = Object.keys(EXPECTED_API_FIELDS) as (keyof typeof EXPECTED_API_FIELDS)[];
  const records = readRecords(parseCsv(raw.text), ['period', 'primaryValue', ...fields], {
    source: raw.source,
    file: raw.name,
  });
  return records.map(({ ctx, get }) => {
    for (const field of fields) {
      if (get(field) !== EXPECTED_API_FIELDS[field]) {
        throw cellError(ctx, field, `expected ${EXPECTED_API_FIELDS[field]}`, get(field));
      }
    }
    const valueUsd = toWholeUnits(parseNonNegative(get('primaryValue'), ctx, 'primaryValue'), 1);
    return { period: monthFromPeriod(get('period'), ctx), valueUsd, ctx };
  });
}

/** The panel's import column must equal the raw API file month for month; anything else means a wrong file. */
export function crossCheckImports(
  panel: readonly MonthValue[],
  api: readonly MonthValue[],
  source: string,
): void {
  const apiByMonth = new Map(api.map((m) => [m.period, m.valueUsd]));
  const problems: string[] = [];
  for (const month of panel) {
    const apiValue = apiByMonth.get(month.period);
    if (apiValue !== month.valueUsd) {
      problems.push(`${month.period}: panel ${month.valueUsd}, API ${apiValue ?? 'missing'}`);
    }
  }
  if (problems.length > 0 || api.length !== panel.length) {
    throw new PipelineError(
      `${source}: China's imports from Russia differ between the panel (RUS_exp_to_CHN_bn) and the raw API file ` +
        `(${panel.length} vs ${api.length} months): ${problems.slice(0, 5).join('; ') || 'different month counts'}`,
    );
  }
}

function toFlow(month: MonthValue, direction: 'CHN->RUS' | 'RUS->CHN', column: string): FlowRow {
  const chinaExports = direction === 'CHN->RUS';
  const row = {
    period: month.period,
    freq: 'M',
    exporter: chinaExports ? 'CHN' : 'RUS',
    importer: chinaExports ? 'RUS' : 'CHN',
    product: 'TOTAL',
    value: month.valueUsd,
    currency: 'USD',
    quantity: null,
    quantity_unit: null,
    source: month.ctx.source,
    basis: chinaExports ? 'exporter-reported' : 'importer-reported',
  };
  return validateRow(flowRow, row, month.ctx, { value: column, period: 'date' });
}

/** CHN->RUS from the panel, RUS->CHN from the raw API file (after checking it equals the panel). */
export function parseComtrade(panelFile: RawFile, apiFile: RawFile): FlowRow[] {
  const panel = readPanel(panelFile);
  const apiImports = readApiImports(apiFile);
  crossCheckImports(panel.imports, apiImports, panelFile.source);
  return [
    ...panel.exports.map((m) => toFlow(m, 'CHN->RUS', 'CHN_exp_to_RUS_bn')),
    ...apiImports.map((m) => toFlow(m, 'RUS->CHN', 'primaryValue')),
  ];
}
