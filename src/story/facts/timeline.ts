// Section 1: the measures aimed at Chinese suppliers, from the curated events list.
import type { EventRow } from '../../data/schema';
import { formatIsoDate } from '../../charts/format';
import type { Finding, StoryData } from './types';

const MEASURES: ReadonlySet<EventRow['category']> = new Set([
  'sanctions-us',
  'export-controls',
  'sanctions-eu',
  'chpl',
]);
const INVASION = '2022-02-24';

/** Measures whose label names Chinese firms (the curated labels say so in words). */
export function measuresNamingChineseFirms(events: readonly EventRow[]): EventRow[] {
  return events
    .filter((event) => MEASURES.has(event.category) && /Chinese/i.test(event.label))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export function timelineFinding(data: Pick<StoryData, 'events'>): Finding {
  const measures = data.events.filter((event) => MEASURES.has(event.category) && event.date >= INVASION);
  const naming = measuresNamingChineseFirms(data.events);
  const first = naming[0];
  const last = naming.at(-1);
  return {
    figures: { measuresSinceInvasion: measures.length, measuresNamingChineseFirms: naming.length },
    sentences: [
      `Our list has ${measures.length} US, EU and allied measures since the invasion; ${naming.length} of them name Chinese firms${first && last ? `, from ${formatIsoDate(first.date)} to ${formatIsoDate(last.date)}` : ''}.`,
      'The list is a curated selection, not a complete record, and a listing says what a government found, not what a court proved.',
    ],
  };
}
