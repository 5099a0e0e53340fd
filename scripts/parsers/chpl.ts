// The CHPL list (HS 2022 codes with tiers). Its HS 2017 relation is derived in scripts/pipeline/hs-correlation.ts.
import { chplItem, type ChplItem } from '../../src/data/schema';
import { parseCsv, readRecords } from '../pipeline/csv';
import { cellError } from '../pipeline/errors';
import type { RawFile } from '../pipeline/resolve';
import { validateRow } from '../pipeline/validate';

export function parseChpl(raw: RawFile): ChplItem[] {
  const columns = ['hs6', 'tier', 'description', 'source_url'] as const;
  const records = readRecords(parseCsv(raw.text), columns, { source: raw.source, file: raw.name });
  const seen = new Set<string>();
  return records.map(({ ctx, get }) => {
    const row = {
      hs6_2022: get('hs6').trim(),
      tier: get('tier').trim(),
      description: get('description').trim(),
    };
    const item = validateRow(chplItem, { ...row, source_url: get('source_url').trim() }, ctx, {
      hs6_2022: 'hs6',
    });
    if (seen.has(item.hs6_2022)) throw cellError(ctx, 'hs6', 'expected each CHPL code once', item.hs6_2022);
    seen.add(item.hs6_2022);
    return item;
  });
}
