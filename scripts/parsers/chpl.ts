// The CHPL list (HS 2022 codes with tiers). Its HS 2017 relation is derived in scripts/pipeline/hs-correlation.ts.
// Each code's Chinese and Russian names come from the curated scripts/curated/chpl_names.csv (CHPL_NAMES.md), with
// their source (name_source): they are joined here so chpl.csv carries them beside the English description.
import { chplItem, chplNamesRow, type ChplItem } from '../../src/data/schema';
import { parseCsv, readRecords } from '../pipeline/csv';
import { cellError, PipelineError } from '../pipeline/errors';
import type { RawFile } from '../pipeline/resolve';
import { validateRow } from '../pipeline/validate';

export const CHPL_NAMES_FILE = 'scripts/curated/chpl_names.csv';

type ChplNames = Pick<ChplItem, 'name_zh' | 'name_ru' | 'name_source'>;

/** hs6_2022 -> its Chinese and Russian names and their source; each code once, every cell filled. */
export function parseChplNames(raw: RawFile): Map<string, ChplNames> {
  const columns = ['hs6_2022', 'name_zh', 'name_ru', 'name_source'] as const;
  const records = readRecords(parseCsv(raw.text), columns, { source: raw.source, file: raw.name });
  const names = new Map<string, ChplNames>();
  for (const { ctx, get } of records) {
    const code = get('hs6_2022').trim();
    if (names.has(code)) throw cellError(ctx, 'hs6_2022', 'expected each CHPL code once', code);
    const row = validateRow(
      chplNamesRow,
      {
        hs6_2022: code,
        name_zh: get('name_zh').trim(),
        name_ru: get('name_ru').trim(),
        name_source: get('name_source').trim(),
      },
      ctx,
    );
    names.set(code, { name_zh: row.name_zh, name_ru: row.name_ru, name_source: row.name_source });
  }
  return names;
}

export function parseChpl(raw: RawFile, namesFile?: RawFile): ChplItem[] {
  const columns = ['hs6', 'tier', 'description', 'source_url'] as const;
  const records = readRecords(parseCsv(raw.text), columns, { source: raw.source, file: raw.name });
  const names = namesFile ? parseChplNames(namesFile) : null;
  const seen = new Set<string>();
  const items = records.map(({ ctx, get }) => {
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
    if (!names) return item;
    const named = names.get(item.hs6_2022);
    // Every code is named: a code added to the list must get its names (or say why not) before a build ships it.
    if (!named) throw cellError(ctx, 'hs6', `expected a name in ${CHPL_NAMES_FILE}`, item.hs6_2022);
    return { ...item, ...named };
  });
  const stale = [...(names?.keys() ?? [])].filter((code) => !seen.has(code));
  if (stale.length > 0)
    throw new PipelineError(
      `${raw.source}: ${CHPL_NAMES_FILE} names code(s) not on the CHPL: ${stale.join(', ')}`,
    );
  return items;
}
