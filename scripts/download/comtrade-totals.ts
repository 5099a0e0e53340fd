// UN Comtrade API -> the two files of the comtrade-monthly-totals source: China's monthly TOTAL trade with Russia,
// flows X and M. `imports` is the raw API rows of flow M as CSV (the columns our pinned file has); `panel` keeps
// only the two trade columns of the pinned panel (date, CHN_exp_to_RUS_bn, RUS_exp_to_CHN_bn): its Brent and
// exchange-rate columns came from other sources and are not used. Values are what Comtrade says today (revisions
// included), so these files are checked row by row, not by hash.
import Papa from 'papaparse';
import { COMTRADE_BASE_URL, endpointFor, requestHeaders } from '../update/endpoint';
import { fromApiPeriod, monthRange, toApiPeriod } from '../update/months';
import { getBytes, DownloadError, type FetchFn } from './http';

export interface ComtradeTotalsOptions {
  fetch: FetchFn;
  from: string;
  to: string;
  apiKey: string | null;
  baseUrl?: string;
  /** Polite gap between requests (tests: 0). */
  intervalMs?: number;
  log: (message: string) => void;
}

export type TotalsRow = Record<string, unknown> & {
  period: string | number;
  flowCode: string;
  primaryValue: number;
};

function totalsUrl(base: string, path: string, months: readonly string[]): string {
  const url = new URL(path, base);
  url.search = new URLSearchParams({
    reporterCode: '156',
    period: months.map(toApiPeriod).join(','),
    partnerCode: '643',
    partner2Code: '0',
    cmdCode: 'TOTAL',
    flowCode: 'X,M',
    customsCode: 'C00',
    motCode: '0',
    breakdownMode: 'classic',
    includeDesc: 'false',
    format: 'JSON',
  }).toString();
  return url.toString();
}

function rowsOf(body: Buffer, url: string): TotalsRow[] {
  const json = JSON.parse(body.toString('utf8')) as { data?: unknown; error?: unknown };
  if (!Array.isArray(json.data))
    throw new DownloadError(`Comtrade ${url}: no data (${String(json.error ?? '')})`);
  return json.data as TotalsRow[];
}

export async function fetchComtradeTotals(opts: ComtradeTotalsOptions): Promise<TotalsRow[]> {
  const endpoint = endpointFor(opts.apiKey, opts.baseUrl ?? COMTRADE_BASE_URL);
  const months = monthRange(opts.from, opts.to);
  const rows: TotalsRow[] = [];
  for (let i = 0; i < months.length; i += endpoint.maxPeriods) {
    const chunk = months.slice(i, i + endpoint.maxPeriods);
    if (i > 0) await new Promise((r) => setTimeout(r, opts.intervalMs ?? endpoint.minIntervalMs));
    const url = totalsUrl(endpoint.baseUrl, endpoint.path, chunk);
    rows.push(...rowsOf(await getBytes(url, { fetch: opts.fetch, headers: requestHeaders(endpoint) }), url));
    opts.log(`  comtrade: ${Math.min(i + chunk.length, months.length)}/${months.length} months`);
  }
  return rows;
}

const byPeriod = (rows: readonly TotalsRow[], flow: string) =>
  rows.filter((r) => r.flowCode === flow).sort((a, b) => String(a.period).localeCompare(String(b.period)));

/** Every asked month must have one X and one M row: a gap would shift the panel. */
export function checkMonths(rows: readonly TotalsRow[], from: string, to: string): void {
  for (const flow of ['X', 'M']) {
    const got = byPeriod(rows, flow).map((r) => fromApiPeriod(String(r.period)));
    const want = monthRange(from, to);
    if (got.join() !== want.join())
      throw new DownloadError(`Comtrade flow ${flow}: ${got.length} months returned, ${want.length} asked`);
  }
}

export function importsCsv(rows: readonly TotalsRow[], columns: readonly string[]): string {
  const data = byPeriod(rows, 'M').map((r) =>
    columns.map((c) => (r[c] === null || r[c] === undefined ? '' : String(r[c]))),
  );
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n' })}\n`;
}

/** US$ billion with 9 decimals: exact whole dollars, as the parser reads the panel. */
export function panelCsv(rows: readonly TotalsRow[]): string {
  const imports = new Map(byPeriod(rows, 'M').map((r) => [String(r.period), r.primaryValue]));
  const lines = byPeriod(rows, 'X').map((r) => {
    const month = fromApiPeriod(String(r.period));
    const bn = (usd: number | undefined) => (usd === undefined ? '' : (usd / 1e9).toFixed(9));
    return `${month}-01,${bn(r.primaryValue)},${bn(imports.get(String(r.period)))}`;
  });
  return ['date,CHN_exp_to_RUS_bn,RUS_exp_to_CHN_bn', ...lines].join('\n') + '\n';
}

/** The columns of the raw API file we pinned (the API sends them all with includeDesc=false, some empty). */
export const IMPORT_COLUMNS = [
  'typeCode',
  'freqCode',
  'refPeriodId',
  'refYear',
  'refMonth',
  'period',
  'reporterCode',
  'reporterISO',
  'reporterDesc',
  'flowCode',
  'flowDesc',
  'partnerCode',
  'partnerISO',
  'partnerDesc',
  'partner2Code',
  'partner2ISO',
  'partner2Desc',
  'classificationCode',
  'classificationSearchCode',
  'isOriginalClassification',
  'cmdCode',
  'cmdDesc',
  'aggrLevel',
  'isLeaf',
  'customsCode',
  'customsDesc',
  'mosCode',
  'motCode',
  'motDesc',
  'qtyUnitCode',
  'qtyUnitAbbr',
  'qty',
  'isQtyEstimated',
  'altQtyUnitCode',
  'altQtyUnitAbbr',
  'altQty',
  'isAltQtyEstimated',
  'netWgt',
  'isNetWgtEstimated',
  'grossWgt',
  'isGrossWgtEstimated',
  'cifvalue',
  'fobvalue',
  'primaryValue',
  'legacyEstimationFlag',
  'isReported',
  'isAggregate',
] as const;
