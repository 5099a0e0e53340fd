// Raw Comtrade rows -> the tidy flow rows of src/data/schema.ts. Pure: no I/O, same input, same output.
import { flowRow, type FlowRow } from '../../src/data/schema';
import { rowMonth, rowPartner, type ComtradeRow } from './response';
import { PARTNERS, REPORTER_ISO3, SOURCE_ID } from './scope';

const ISO3_BY_CODE = new Map(PARTNERS.map((p) => [p.comtradeCode, p.iso3]));

function importerOf(row: ComtradeRow): string {
  const iso3 = ISO3_BY_CODE.get(rowPartner(row)) ?? row['partnerISO'];
  if (typeof iso3 !== 'string' || !/^[A-Z]{3}$/.test(iso3)) {
    throw new Error(`Comtrade row ${row.period}/${row.cmdCode}: no ISO3 code for partner ${row.partnerCode}`);
  }
  return iso3;
}

/**
 * Net weight in tonnes, or null. A weight of 0 (or none) on a shipment with a value is a weight nobody declared,
 * not zero tonnes, whatever isNetWgtEstimated says; an estimated positive weight is Comtrade's published figure
 * and is kept (see README.md).
 */
export function netWeightTonnes(row: ComtradeRow): number | null {
  const kg = row.netWgt;
  if (kg === null || kg === undefined || kg <= 0) return null;
  return Math.round(kg) / 1000;
}

function toFlowRow(row: ComtradeRow): FlowRow {
  const quantity = netWeightTonnes(row);
  return flowRow.parse({
    period: rowMonth(row),
    freq: 'M',
    exporter: REPORTER_ISO3,
    importer: importerOf(row),
    product: row.cmdCode,
    value: Math.round(row.primaryValue),
    currency: 'USD',
    quantity,
    quantity_unit: quantity === null ? null : 't',
    source: SOURCE_ID,
    basis: 'exporter-reported',
  });
}

/**
 * One flow row per raw row: China-reported exports, whole US$ (primaryValue, FOB as China declares it).
 * Throws on two rows for the same month x partner x code: adding them would double count.
 */
export function responsesToFlowRows(rows: readonly ComtradeRow[]): FlowRow[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const flow = toFlowRow(row);
    const id = `${flow.period}|${flow.importer}|${flow.product}`;
    if (seen.has(id)) throw new Error(`Comtrade rows: two rows for ${id}`);
    seen.add(id);
    return flow;
  });
}

/**
 * The HS edition each month was reported in (classificationCode: H5 = HS 2017, H6 = HS 2022). CHPL codes are
 * HS 2022: a month reported in H5 returns only the CHPL codes that also exist in HS 2017, in their HS 2017
 * scope (see the concordance), and nothing for the codes HS 2022 created.
 */
export function classificationByMonth(rows: readonly ComtradeRow[]): Map<string, string[]> {
  const byMonth = new Map<string, Set<string>>();
  for (const row of rows) {
    const month = rowMonth(row);
    byMonth.set(month, (byMonth.get(month) ?? new Set()).add(row.classificationCode));
  }
  return new Map([...byMonth].map(([month, codes]) => [month, [...codes].sort()]));
}
