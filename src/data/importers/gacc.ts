// China Customs (GACC) query exports -> tidy rows. The file is China-reported: an export query gives
// exporter CHN (exporter-reported), an import query importer CHN (importer-reported). It does not say which,
// nor (unless grouped by month) the period: the caller supplies both, and we ask rather than guess.
import { period as periodSchema, type Currency, type FlowRow } from '../schema';
import { Collector, failedResult } from './collector';
import { findColumns, type ColumnIndex } from './columns';
import type { ReaderContext } from './context';
import type { CsvReader } from './csv-rows';
import {
  findValueColumns,
  GACC_ALIASES,
  tonnesPerUnit,
  type GaccField,
  type ValueColumn,
} from './gacc-columns';
import { parseProductCode } from './hs';
import { parseNumberCell } from './numbers';
import { gaccPartnerResolver } from './partners-gacc';
import { parsePeriod, type PeriodValue } from './period';
import { detach } from './text';
import type { FlowDirection, ImportNeed } from './types';

interface GaccPlan {
  columns: ColumnIndex<GaccField>;
  header: readonly string[];
  value: ValueColumn & { currency: Currency };
  flow: FlowDirection;
  /** Fixed period for every row, or null when the file has a period column. */
  period: PeriodValue | null;
}

type PlanResult = { ok: true; plan: GaccPlan } | { ok: false; error: string; needs?: ImportNeed[] };

function suppliedPeriod(ctx: ReaderContext): PeriodValue | null | 'invalid' {
  const given = ctx.options.period?.trim();
  if (!given) return null;
  return periodSchema.safeParse(given).success ? parsePeriod(given) : 'invalid';
}

/** Tells the reader which of their choices the file overrode, and any scaling to whole units. */
function noteChoices(
  ignoredPeriod: PeriodValue | null,
  valueColumn: ValueColumn,
  ctx: ReaderContext,
  collector: Collector,
): void {
  if (ignoredPeriod) {
    collector.warnings.push(
      `The file has its own period column: the period you gave (${ignoredPeriod.period}) was not used.`,
    );
  }
  if (valueColumn.currency && ctx.options.currencyHint && valueColumn.currency !== ctx.options.currencyHint) {
    collector.warnings.push(
      `The value column "${valueColumn.header}" is in ${valueColumn.currency}, not ${ctx.options.currencyHint}.`,
    );
  }
  if (valueColumn.scale !== 1) {
    collector.warnings.push(
      `Values in "${valueColumn.header}" were multiplied by ${valueColumn.scale} to whole units.`,
    );
  }
}

function planGacc(header: readonly string[], ctx: ReaderContext, collector: Collector): PlanResult {
  const columns = findColumns(header, GACC_ALIASES);
  const valueColumn = findValueColumns(header)[0];
  if (columns.code === undefined || columns.partnerCode === undefined || !valueColumn) {
    return {
      ok: false,
      error: 'This China Customs file has no commodity code, trading partner code or value column.',
    };
  }
  const given = suppliedPeriod(ctx);
  if (given === 'invalid')
    return { ok: false, error: `"${ctx.options.period}" is not a period (use 2023 or 2023-04).` };
  const needs: ImportNeed[] = [];
  if (columns.period === undefined && !given) needs.push('period');
  if (!ctx.options.flow) needs.push('flow');
  const currency = valueColumn.currency ?? ctx.options.currencyHint ?? null;
  if (!currency) needs.push('currency');
  if (needs.length > 0 || !ctx.options.flow || !currency) {
    return {
      ok: false,
      error: `This China Customs file does not say its ${needs.join(' or ')}: please choose.`,
      needs,
    };
  }
  noteChoices(columns.period !== undefined ? given : null, valueColumn, ctx, collector);
  const period = columns.period === undefined ? given : null;
  return {
    ok: true,
    plan: { columns, header, value: { ...valueColumn, currency }, flow: ctx.options.flow, period },
  };
}

const QUANTITY_COLUMNS = [
  ['quantity1', 'unit1'],
  ['quantity2', 'unit2'],
] as const;

/** The cell of a field in one record: a missing column or a short row reads as "". */
function cellOf(cells: readonly string[], plan: GaccPlan, field: GaccField): string {
  const at = plan.columns[field];
  return at === undefined ? '' : (cells[at] ?? '');
}

/** The file's own header for a field, as messages name the column. */
function headerOf(plan: GaccPlan, field: GaccField): string {
  return plan.header[plan.columns[field] ?? -1] ?? field;
}

/** Weight in tonnes from the first quantity column whose unit is a weight; other units give no quantity. */
function tonnes(cells: readonly string[], plan: GaccPlan): number | null {
  for (const [q, u] of QUANTITY_COLUMNS) {
    const factor = tonnesPerUnit(cellOf(cells, plan, u));
    const cell = parseNumberCell(cellOf(cells, plan, q));
    if (factor !== null && cell.ok && cell.value !== null && cell.value >= 0) return cell.value * factor;
  }
  return null;
}

type ResolvePartner = ReturnType<typeof gaccPartnerResolver>;

function gaccRow(
  cells: string[],
  line: number,
  plan: GaccPlan,
  resolvePartner: ResolvePartner,
  ctx: ReaderContext,
  out: Collector,
): void {
  const code = cellOf(cells, plan, 'code');
  const product = parseProductCode(code);
  if (!product.ok) return out.reject(line, headerOf(plan, 'code'), code, product.message, product.kind);
  const partnerCode = cellOf(cells, plan, 'partnerCode');
  const partnerName = cellOf(cells, plan, 'partnerName');
  const partner = resolvePartner(partnerCode, partnerName);
  if (!partner.ok) {
    out.noteUnresolved(partnerCode, partnerName);
    return out.reject(line, headerOf(plan, 'partnerCode'), partnerCode, partner.message);
  }
  const rawValue = cells[plan.value.index] ?? '';
  const value = parseNumberCell(rawValue);
  if (!value.ok || value.value === null || value.value < 0) {
    const message = !value.ok
      ? value.message
      : value.value === null
        ? 'no value (an empty cell is not zero)'
        : 'negative value';
    return out.reject(line, plan.value.header, rawValue, message);
  }
  const period = plan.period ?? parsePeriod(cellOf(cells, plan, 'period'));
  if (!period)
    return out.reject(
      line,
      headerOf(plan, 'period'),
      cellOf(cells, plan, 'period'),
      'not a period (expected YYYYMM or YYYY)',
    );
  if (product.truncatedFrom) out.noteTruncated(product.truncatedFrom);
  if (product.zeroRestored) out.noteZeroRestored();
  const quantity = tonnes(cells, plan);
  const exports = plan.flow === 'exports';
  const row: FlowRow = {
    period: period.period,
    freq: period.freq,
    exporter: exports ? 'CHN' : partner.iso3,
    importer: exports ? partner.iso3 : 'CHN',
    product: product.product,
    value: value.value * plan.value.scale,
    currency: plan.value.currency,
    quantity,
    quantity_unit: quantity === null ? null : 't',
    source: ctx.source,
    basis: exports ? 'exporter-reported' : 'importer-reported',
  };
  out.add(row, line);
}

export function gaccReader(ctx: ReaderContext): CsvReader {
  const out = new Collector();
  const resolvePartner = gaccPartnerResolver(ctx.options.partnerMap);
  let plan: PlanResult | null = null;
  return {
    onRecord: ({ cells, line }) => {
      if (plan === null) {
        plan = planGacc(cells.map(detach), ctx, out);
        return;
      }
      out.inputRows += 1;
      if (plan.ok) gaccRow(cells, line, plan.plan, resolvePartner, ctx, out);
    },
    finish: (read) => {
      if (read.aborted) return failedResult('gacc', ctx.encoding, 'Import cancelled.');
      const final = plan as PlanResult | null;
      if (final === null) return failedResult('gacc', ctx.encoding, 'The file is empty.');
      if (!final.ok) {
        const result = { ...failedResult('gacc', ctx.encoding, final.error, final.needs) };
        return {
          ...result,
          summary: { ...result.summary, inputRows: out.inputRows },
          warnings: out.warnings,
        };
      }
      read.syntaxErrors.forEach((e) => out.reject(e.row, e.column, e.value, e.message));
      return out.finish('gacc', ctx.encoding);
    },
  };
}
