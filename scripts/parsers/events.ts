// Our curated events file: validated row by row; an empty file is an error (the charts' annotations need it).
import { eventRow, type EventRow } from '../../src/data/schema';
import { parseCsv, readRecords } from '../pipeline/csv';
import { cellError, PipelineError } from '../pipeline/errors';
import type { RawFile } from '../pipeline/resolve';
import { validateRow } from '../pipeline/validate';

const COLUMNS = [
  'id',
  'date',
  'category',
  'label',
  'description',
  'source_title',
  'source_url',
  'kind',
  'lists_entities_mainland_china',
  'lists_entities_hong_kong',
  'short_label',
  'label_on',
] as const;
/** An empty cell in these columns means "not established from the source" (null), never "no". */
const NULLABLE: ReadonlySet<string> = new Set([
  'lists_entities_mainland_china',
  'lists_entities_hong_kong',
  'label_on',
]);

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

export function parseEvents(raw: RawFile): EventRow[] {
  const table = parseCsv(raw.text);
  if (table.records.length === 0) {
    throw new PipelineError(
      `${raw.source}: ${raw.path} has no event rows; the curated events file must not be empty`,
    );
  }
  const seen = new Set<string>();
  const events = readRecords(table, COLUMNS, { source: raw.source, file: raw.name }).map(({ ctx, get }) => {
    const event = validateRow(
      eventRow,
      Object.fromEntries(
        COLUMNS.map((c) => {
          const value = get(c).trim();
          return [c, value === '' && NULLABLE.has(c) ? null : value];
        }),
      ),
      ctx,
    );
    if (!isRealDate(event.date)) throw cellError(ctx, 'date', 'expected a real calendar date', event.date);
    if (seen.has(event.id)) throw cellError(ctx, 'id', 'expected a unique id', event.id);
    seen.add(event.id);
    return event;
  });
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
