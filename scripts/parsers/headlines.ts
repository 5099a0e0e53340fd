// Published headline figures (secondary reports), kept field for field with their attribution, plus a stable id.
import type { HeadlineFigure } from '../../src/data/schema';
import { TABLE_SCHEMAS } from '../../src/data/tables';
import { parseCsv, readRecords } from '../pipeline/csv';
import type { RawFile } from '../pipeline/resolve';
import { validateRow } from '../pipeline/validate';

export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}

/** id = slug of claim and period, made unique with a -2, -3 suffix when two figures share both. */
export function headlineIds(rows: readonly { claim: string; period: string }[]): string[] {
  const used = new Map<string, number>();
  return rows.map(({ claim, period }) => {
    const base = `${slugify(claim, 48)}-${slugify(period, 24)}`.replace(/-+$/, '');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

const COLUMNS = ['claim', 'value', 'unit', 'period', 'source_as_attributed', 'url', 'note'] as const;

export function parseHeadlines(raw: RawFile): HeadlineFigure[] {
  const records = readRecords(parseCsv(raw.text), COLUMNS, { source: raw.source, file: raw.name });
  const fields = records.map(
    ({ get }) =>
      Object.fromEntries(COLUMNS.map((c) => [c, get(c)])) as Record<(typeof COLUMNS)[number], string>,
  );
  const ids = headlineIds(fields);
  return records.map(({ ctx }, i) => validateRow(TABLE_SCHEMAS.headlines, { id: ids[i], ...fields[i] }, ctx));
}
