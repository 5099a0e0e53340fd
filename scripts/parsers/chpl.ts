// The CHPL list (HS 2022 codes with tiers) and our curated HS 2022 -> HS 2017 concordance for it.
import { chplItem, concordanceRow, type ChplItem, type ConcordanceRow } from '../../src/data/schema';
import { parseCsv, readRecords } from '../pipeline/csv';
import { cellError, PipelineError } from '../pipeline/errors';
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

/** Joins our curated mapping to the CHPL list: every CHPL code must be mapped exactly once, and nothing else. */
export function parseConcordance(raw: RawFile, chpl: readonly ChplItem[]): ConcordanceRow[] {
  const columns = ['hs6_2022', 'hs6_2017', 'match', 'note'] as const;
  const records = readRecords(parseCsv(raw.text), columns, { source: raw.source, file: raw.name });
  const tiers = new Map(chpl.map((item) => [item.hs6_2022, item.tier]));
  const mapped = new Set<string>();
  const rows = records.map(({ ctx, get }) => {
    const hs6_2022 = get('hs6_2022').trim();
    const tier = tiers.get(hs6_2022);
    if (!tier) throw cellError(ctx, 'hs6_2022', 'expected a code from chpl.csv', hs6_2022);
    if (mapped.has(hs6_2022)) throw cellError(ctx, 'hs6_2022', 'expected each CHPL code once', hs6_2022);
    mapped.add(hs6_2022);
    const row = {
      hs6_2022,
      hs6_2017: get('hs6_2017').trim(),
      tier,
      match: get('match').trim(),
      note: get('note'),
    };
    return validateRow(concordanceRow, row, ctx);
  });
  const unmapped = chpl.filter((item) => !mapped.has(item.hs6_2022)).map((item) => item.hs6_2022);
  if (unmapped.length > 0) {
    throw new PipelineError(
      `${raw.source}: ${raw.name} has no HS 2017 mapping for CHPL code(s) ${unmapped.join(', ')}`,
    );
  }
  return rows;
}
