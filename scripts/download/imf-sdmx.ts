// IMF SDMX 2.1 data (SDMX-CSV, one observation a row, "CODE: Label" cells with labels=both) -> the wide layout of
// the data-portal export we pinned (one series a row, a column per year, .ID and label columns), which
// scripts/parsers/imf.ts reads. Values are copied as sent; only SCALE 6 (millions) is accepted, as the parser
// expects, so nothing is rescaled here. Not byte-identical to the pinned export (order, quoting, revisions).
import Papa from 'papaparse';
import { IMF_YEARS } from '../parsers/imf';
import { DownloadError } from './http';

export const IMF_SDMX_ACCEPT = 'application/vnd.sdmx.data+csv;version=1.0.0;labels=both';

const DIMENSIONS = ['COUNTRY', 'INDICATOR', 'COUNTERPART_COUNTRY', 'FREQUENCY'] as const;
const OUT_HEADER = [
  'DATASET',
  'SERIES_CODE',
  'OBS_MEASURE',
  ...DIMENSIONS.flatMap((d) => [`${d}.ID`, d]),
  'SCALE.ID',
  'SCALE',
  'TRADE_FLOW.ID',
  'TRADE_FLOW',
  ...IMF_YEARS,
];

interface Coded {
  id: string;
  label: string;
}

/** "RUS: Russian Federation" -> { id, label }; a bare code is its own label. */
export function splitCoded(cell: string): Coded {
  const at = cell.indexOf(': ');
  return at < 0
    ? { id: cell.trim(), label: cell.trim() }
    : { id: cell.slice(0, at).trim(), label: cell.slice(at + 2).trim() };
}

interface Series {
  dims: Record<(typeof DIMENSIONS)[number], Coded>;
  dataset: string;
  values: Map<string, string>;
}

function readObservations(text: string): Series[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => splitCoded(h).id,
  });
  const series = new Map<string, Series>();
  for (const [index, row] of parsed.data.entries()) {
    const dims = Object.fromEntries(DIMENSIONS.map((d) => [d, splitCoded(row[d] ?? '')])) as Series['dims'];
    const scale = splitCoded(row.SCALE ?? '');
    if (scale.id !== '6' && scale.label !== 'Millions')
      throw new DownloadError(`IMF SDMX row ${index + 2}: SCALE "${row.SCALE}", expected 6 (millions)`);
    const key = DIMENSIONS.map((d) => dims[d].id).join('.');
    const entry = series.get(key) ?? { dims, dataset: splitCoded(row.DATAFLOW ?? '').id, values: new Map() };
    entry.values.set((row.TIME_PERIOD ?? '').trim(), (row.OBS_VALUE ?? '').trim());
    series.set(key, entry);
  }
  return [...series.values()];
}

const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

function wideRow(s: Series): string[] {
  const { COUNTRY, INDICATOR, COUNTERPART_COUNTRY, FREQUENCY } = s.dims;
  const imports = INDICATOR.id.startsWith('MG');
  return [
    s.dataset,
    [COUNTRY.id, INDICATOR.id, COUNTERPART_COUNTRY.id, FREQUENCY.id].join('.'),
    'OBS_VALUE',
    ...DIMENSIONS.flatMap((d) => [s.dims[d].id, s.dims[d].label]),
    '6',
    'Millions',
    imports ? 'MG' : 'XG',
    imports ? 'Imports of goods' : 'Exports of goods',
    ...IMF_YEARS.map((year) => s.values.get(year) ?? ''),
  ];
}

export function imfSdmxToWide(text: string): string {
  const series = readObservations(text);
  if (series.length === 0) throw new DownloadError('IMF SDMX: no observations');
  const rows = series.map(wideRow).sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? ''));
  return [OUT_HEADER, ...rows].map((cells) => cells.map(quote).join(',')).join('\n') + '\n';
}
