// Section 1: the measures aimed at Chinese suppliers, from the curated events list. Counts come from the curated
// columns (`kind`, `lists_entities_*`, filled from each event's source: scripts/curated/EVENTS.md), never from
// words in the labels, which miss measures that list Chinese or Hong Kong entities without saying so in the label.
import { eventLabel } from '../../data/data-text';
import type { EventRow } from '../../data/schema';
import { formatIsoDate } from '../../charts/kit/format';
import { i18n } from '../../i18n/i18n';
import { listSeparator, proseDate } from './format';
import type { Finding, StoryData } from './types';

const MEASURE_CATEGORIES: ReadonlySet<EventRow['category']> = new Set([
  'sanctions-us',
  'export-controls',
  'sanctions-eu',
  'chpl',
]);
const INVASION = '2022-02-24';

const byDate = (a: EventRow, b: EventRow): number => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/** US, EU and allied binding measures (not guidance, not statements) since the invasion. */
export function alliedMeasuresSinceInvasion(events: readonly EventRow[]): EventRow[] {
  return events
    .filter((e) => e.kind === 'measure' && MEASURE_CATEGORIES.has(e.category) && e.date >= INVASION)
    .sort(byDate);
}

/** Whether a measure lists entities in mainland China or Hong Kong: true, false, or null = not established. */
export function listsChineseEntities(event: EventRow): boolean | null {
  const fields = [event.lists_entities_mainland_china, event.lists_entities_hong_kong];
  if (fields.includes('true')) return true;
  return fields.every((f) => f === 'false') ? false : null;
}

/** Measures that list entities in mainland China or Hong Kong (from the curated columns). */
export function measuresNamingChineseFirms(events: readonly EventRow[]): EventRow[] {
  return alliedMeasuresSinceInvasion(events).filter((e) => listsChineseEntities(e) === true);
}

export function timelineFinding(data: Pick<StoryData, 'events'>): Finding {
  const measures = alliedMeasuresSinceInvasion(data.events);
  const naming = measuresNamingChineseFirms(data.events);
  const unknown = measures.filter((e) => listsChineseEntities(e) === null);
  const guidance = data.events.filter(
    (e) => e.kind === 'guidance' && MEASURE_CATEGORIES.has(e.category) && e.date >= INVASION,
  );
  const first = naming[0];
  const last = naming.at(-1);
  // Event labels are the curated list's own words (events.csv), quoted as data, in the reader's language where the
  // data translates them (src/data/data-text.ts).
  const labels = (events: readonly EventRow[]) => events.map(eventLabel).join(listSeparator());
  const counts = { measures: measures.length, naming: naming.length };
  const head =
    first && last
      ? i18n._(
          {
            id: 'story.timeline.s1-dates',
            message:
              'Our list has {measures} US, EU and allied measures since the invasion; {naming} of them list entities in mainland China or Hong Kong, from {first} to {last}',
          },
          {
            ...counts,
            first: proseDate(first.date, formatIsoDate),
            last: proseDate(last.date, formatIsoDate),
          },
        )
      : i18n._(
          {
            id: 'story.timeline.s1',
            message:
              'Our list has {measures} US, EU and allied measures since the invasion; {naming} of them list entities in mainland China or Hong Kong',
          },
          counts,
        );
  const unknownClause =
    unknown.length > 0
      ? i18n._(
          { id: 'story.timeline.unknown', message: '; for {count} more ({labels}) our sources do not say' },
          { count: unknown.length, labels: labels(unknown) },
        )
      : '';
  const guidanceClause =
    guidance.length === 0
      ? ''
      : guidance.length === 1
        ? i18n._(
            {
              id: 'story.timeline.guidance-one',
              message: ' Not counted as measures: 1 piece of guidance ({labels}).',
            },
            { labels: labels(guidance) },
          )
        : i18n._(
            {
              id: 'story.timeline.guidance',
              message: ' Not counted as measures: {count} pieces of guidance ({labels}).',
            },
            { count: guidance.length, labels: labels(guidance) },
          );
  const stop = i18n._({ id: 'story.full-stop', message: '.' });
  return {
    figures: {
      measuresSinceInvasion: measures.length,
      measuresNamingChineseFirms: naming.length,
      measuresUnknownChineseFirms: unknown.length,
    },
    sentences: [
      `${head}${unknownClause}${stop}${guidanceClause}`,
      i18n._({
        id: 'story.timeline.s2',
        message:
          'The list is a curated selection, not a complete record, and a listing says what a government found, not what a court proved.',
      }),
    ],
  };
}
