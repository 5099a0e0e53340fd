// UN Comtrade rows (API `data` records or bulk/API CSV, same field names) -> tidy rows. The reporter declared
// the value: flow X makes it the exporter (exporter-reported), flow M the importer (importer-reported).
import type { FlowRow } from '../schema';
import type { Collector } from './collector';
import type { ReaderContext } from './context';
import { parseProductCode } from './hs';
import { comtradeIsoToIso3, m49ToIso3 } from './m49';
import { parseNumberCell } from './numbers';
import { parsePeriod, type PeriodValue } from './period';

export const COMTRADE_FIELDS = [
  'freqCode',
  'refPeriodId',
  'refYear',
  'refMonth',
  'period',
  'reporterCode',
  'reporterISO',
  'reporterDesc',
  'flowCode',
  'partnerCode',
  'partnerISO',
  'partnerDesc',
  'partner2Code',
  'cmdCode',
  'customsCode',
  'mosCode',
  'motCode',
  'netWgt',
  'primaryValue',
] as const;
export type ComtradeField = (typeof COMTRADE_FIELDS)[number];
export type ComtradeGet = (field: ComtradeField) => string;

/** Fields that split a total further: anything but their "all" value would double count. */
const BREAKDOWNS: readonly [ComtradeField, readonly string[], string][] = [
  ['partner2Code', ['', '0'], 'second partner'],
  ['customsCode', ['', 'C00'], 'customs procedure'],
  ['motCode', ['', '0'], 'mode of transport'],
  ['mosCode', ['', '0'], 'mode of supply'],
];

function comtradePeriod(get: ComtradeGet): PeriodValue | null {
  const freq = get('freqCode').toUpperCase();
  const fromPeriod = parsePeriod(get('period'));
  const year = get('refYear').replace(/\.0$/, '');
  if (freq === 'A') return parsePeriod(year) ?? (fromPeriod?.freq === 'A' ? fromPeriod : null);
  const fromParts =
    year && get('refMonth') ? parsePeriod(`${year}-${get('refMonth').padStart(2, '0')}`) : null;
  const monthly =
    [fromPeriod, fromParts, parsePeriod(get('refPeriodId'))].find((p) => p?.freq === 'M') ?? null;
  return freq === 'M' ? monthly : (fromPeriod ?? monthly);
}

function area(get: ComtradeGet, who: 'reporter' | 'partner'): string | null {
  const code = get(`${who}Code`);
  return (code ? m49ToIso3(code) : null) ?? comtradeIsoToIso3(get(`${who}ISO`));
}

/** Refuses a row that is a breakdown or a flow we do not chart; returns true when refused. */
function refuseUnsupported(get: ComtradeGet, line: number, out: Collector): boolean {
  for (const [field, all, what] of BREAKDOWNS) {
    if (!all.includes(get(field).replace(/\.0$/, ''))) {
      out.reject(
        line,
        field,
        get(field),
        `a breakdown by ${what}: only totals can be imported`,
        'unsupported',
      );
      return true;
    }
  }
  const flow = get('flowCode').toUpperCase();
  if (flow !== 'X' && flow !== 'M') {
    const message = flow ? `flow ${flow}: only exports (X) and imports (M) can be imported` : 'no flowCode';
    out.reject(line, 'flowCode', flow, message, flow ? 'unsupported' : 'invalid');
    return true;
  }
  return false;
}

function unresolved(get: ComtradeGet, who: 'reporter' | 'partner', line: number, out: Collector): void {
  const code = get(`${who}Code`) || get(`${who}ISO`);
  out.noteUnresolved(code, get(`${who}Desc`));
  out.reject(line, `${who}Code`, code, `Comtrade area ${code || '(empty)'} has no ISO3 code`);
}

export function comtradeRow(get: ComtradeGet, line: number, ctx: ReaderContext, out: Collector): void {
  out.inputRows += 1;
  if (refuseUnsupported(get, line, out)) return;
  const product = parseProductCode(get('cmdCode'));
  if (!product.ok) return out.reject(line, 'cmdCode', get('cmdCode'), product.message, product.kind);
  const period = comtradePeriod(get);
  if (!period) return out.reject(line, 'period', get('period') || get('refPeriodId'), 'no usable period');
  const reporter = area(get, 'reporter');
  if (!reporter) return unresolved(get, 'reporter', line, out);
  const partner = area(get, 'partner');
  if (!partner) return unresolved(get, 'partner', line, out);
  const value = parseNumberCell(get('primaryValue'));
  if (!value.ok || value.value === null) {
    const message = value.ok ? 'no primaryValue (an empty cell is not zero)' : value.message;
    return out.reject(line, 'primaryValue', get('primaryValue'), message);
  }
  if (product.truncatedFrom) out.noteTruncated(product.truncatedFrom);
  if (product.zeroRestored) out.noteZeroRestored();
  const weight = parseNumberCell(get('netWgt'));
  // Comtrade writes 0 kg when no weight was reported: no data, not zero.
  const quantity = weight.ok && weight.value !== null && weight.value > 0 ? weight.value / 1000 : null;
  const exports = get('flowCode').toUpperCase() === 'X';
  const row: FlowRow = {
    ...period,
    exporter: exports ? reporter : partner,
    importer: exports ? partner : reporter,
    product: product.product,
    value: value.value,
    currency: 'USD',
    quantity,
    quantity_unit: quantity === null ? null : 't',
    source: ctx.source,
    basis: exports ? 'exporter-reported' : 'importer-reported',
  };
  out.add(row, line);
}
