// Growth Lab HS 2012 product names (levels 2, 4 and 6; codes may have lost their leading zeros).
import { parseCsv, readRecords } from '../pipeline/csv';
import type { RawFile } from '../pipeline/resolve';

export interface HsNames {
  hs2: Map<string, string>;
  hs4: Map<string, string>;
  hs6: Map<string, string>;
}

const WIDTH: Readonly<Record<string, keyof HsNames>> = { '2': 'hs2', '4': 'hs4', '6': 'hs6' };

export function parseHsNames(raw: RawFile): HsNames {
  const columns = ['product_hs12_code', 'product_level', 'product_name'] as const;
  const records = readRecords(parseCsv(raw.text), columns, { source: raw.source, file: raw.name });
  const names: HsNames = { hs2: new Map(), hs4: new Map(), hs6: new Map() };
  for (const { get } of records) {
    const level = get('product_level').trim();
    const key = WIDTH[level];
    const code = get('product_hs12_code').trim();
    // Level 1 (sectors) and pseudo-codes such as "XXXXXX" (trade discrepancies) are not HS codes.
    if (!key || !/^\d+$/.test(code)) continue;
    names[key].set(code.padStart(Number(level), '0'), get('product_name').trim());
  }
  return names;
}
