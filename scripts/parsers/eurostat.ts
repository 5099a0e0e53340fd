// Eurostat Comext via ruimpeks: EU-27 members' monthly exports of EU-sanctioned goods (EUR) to Russia and neighbours.
import { flowRow, type FlowRow } from '../../src/data/schema';
import { parseCsv, readRecords } from '../pipeline/csv';
import { cellError, type RowContext } from '../pipeline/errors';
import { parseNonNegative } from '../pipeline/numbers';
import type { RawFile } from '../pipeline/resolve';
import { validateRow } from '../pipeline/validate';
import { EUROSTAT_LABEL_TO_ISO3 } from './eurostat-labels';

function iso3Of(label: string, ctx: RowContext, column: string): string {
  const iso3 = EUROSTAT_LABEL_TO_ISO3[label.trim()];
  if (!iso3) throw cellError(ctx, column, 'expected a known Eurostat country label', label);
  return iso3;
}

/**
 * A month in which every member's exports to every partner are 0 had not been published when the data were extracted
 * (Dec 2022, extracted 13 Jan 2023): it is missing, not zero, so it gets no rows. Zeros in other months stay.
 */
function dropUnpublishedMonths(rows: FlowRow[]): FlowRow[] {
  const published = new Set(rows.filter((row) => row.value > 0).map((row) => row.period));
  return rows.filter((row) => published.has(row.period));
}

export function parseEurostat(raw: RawFile): FlowRow[] {
  const columns = ['partner', 'reporter_eu_member', 'month', 'sanctioned_export_eur'] as const;
  const records = readRecords(parseCsv(raw.text), columns, { source: raw.source, file: raw.name });
  const rows = records.map(({ ctx, get }) => {
    const row = {
      period: get('month').trim(),
      freq: 'M',
      exporter: iso3Of(get('reporter_eu_member'), ctx, 'reporter_eu_member'),
      importer: iso3Of(get('partner'), ctx, 'partner'),
      product: 'EU-SANCTIONED',
      value: parseNonNegative(get('sanctioned_export_eur'), ctx, 'sanctioned_export_eur'),
      currency: 'EUR',
      quantity: null,
      quantity_unit: null,
      source: raw.source,
      basis: 'exporter-reported',
    };
    return validateRow(flowRow, row, ctx, { period: 'month', value: 'sanctioned_export_eur' });
  });
  return dropUnpublishedMonths(rows);
}
