// IMF IMTS: Russia's goods trade by partner (US$ million, year columns) -> tidy annual flow rows in whole US$.
import { flowRow, type FlowRow, type ReportingBasis } from '../../src/data/schema';
import { parseCsv, readRecords } from '../pipeline/csv';
import { cellError } from '../pipeline/errors';
import { parseOptionalNonNegative, toWholeUnits } from '../pipeline/numbers';
import type { RawFile } from '../pipeline/resolve';
import { validateRow } from '../pipeline/validate';

export const IMF_YEARS = ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'] as const;
const IMPORTS = 'MG_CIF_USD';
const EXPORTS = 'XG_FOB_USD';

/** Russia stopped publishing in 2022: from then on the IMF's figures are its own estimates (mostly mirror data). */
export function imfBasis(year: number, indicator: string): ReportingBasis {
  if (year >= 2022) return 'estimate';
  return indicator === IMPORTS ? 'importer-reported' : 'exporter-reported';
}

export interface ImfParsed {
  rows: FlowRow[];
  /** Partner code -> the IMF's label, for partners.csv. */
  partnerNames: Map<string, string>;
}

export function parseImf(raw: RawFile): ImfParsed {
  const columns = [
    'COUNTRY.ID',
    'INDICATOR.ID',
    'COUNTERPART_COUNTRY.ID',
    'COUNTERPART_COUNTRY',
    'SCALE',
    'FREQUENCY.ID',
  ];
  const records = readRecords(parseCsv(raw.text), [...columns, ...IMF_YEARS], {
    source: raw.source,
    file: raw.name,
  });
  const rows: FlowRow[] = [];
  const partnerNames = new Map<string, string>();
  for (const { ctx, get } of records) {
    const indicator = get('INDICATOR.ID');
    if (indicator !== IMPORTS && indicator !== EXPORTS) {
      throw cellError(ctx, 'INDICATOR.ID', `expected ${IMPORTS} or ${EXPORTS}`, indicator);
    }
    if (get('COUNTRY.ID') !== 'RUS') throw cellError(ctx, 'COUNTRY.ID', 'expected RUS', get('COUNTRY.ID'));
    if (get('SCALE') !== 'Millions') throw cellError(ctx, 'SCALE', 'expected Millions', get('SCALE'));
    if (get('FREQUENCY.ID') !== 'A') throw cellError(ctx, 'FREQUENCY.ID', 'expected A', get('FREQUENCY.ID'));
    const partner = get('COUNTERPART_COUNTRY.ID').trim();
    partnerNames.set(partner, get('COUNTERPART_COUNTRY').trim());
    for (const year of IMF_YEARS) {
      const millions = parseOptionalNonNegative(get(year), ctx, year);
      if (millions === null) continue; // an empty cell is no data: no row, never a zero
      const row = {
        period: year,
        freq: 'A',
        exporter: indicator === IMPORTS ? partner : 'RUS',
        importer: indicator === IMPORTS ? 'RUS' : partner,
        product: 'TOTAL',
        value: toWholeUnits(millions, 1e6),
        currency: 'USD',
        quantity: null,
        quantity_unit: null,
        source: raw.source,
        basis: imfBasis(Number(year), indicator),
      };
      const rawColumn = {
        value: year,
        exporter: 'COUNTERPART_COUNTRY.ID',
        importer: 'COUNTERPART_COUNTRY.ID',
      };
      rows.push(validateRow(flowRow, row, ctx, rawColumn));
    }
  }
  return { rows, partnerNames };
}
