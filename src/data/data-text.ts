// The pipeline's English texts in the reader's language: caveats and breaks (manifest.json), event labels
// (events.csv), the files' descriptions (manifest.json) and the HS relation's notes and overrides (concordance.csv). Their Chinese and Russian words come with the data (scripts/curated/text_translations.csv, attached
// by the build only where they translate the current English word for word: scripts/pipeline/translations.ts), so
// a pinned embed shows the words of its own data version. Where a text has none (one the build writes from the
// data, or data from before issue 15) the English is shown, marked as English. Charts, notes, the README and the
// pages call these rather than reading the fields.
import { activeLocale } from '../i18n/i18n';
import { markEnglish } from './product-names';
import type { Caveat, ConcordanceRow, EventRow, ManifestFile, SeriesBreak } from './schema';

/** The translation for the active language, the English (unmarked) in English, or the English marked. */
function pick(english: string, zh: string | null | undefined, ru: string | null | undefined): string {
  const locale = activeLocale();
  const local = locale === 'zh' ? zh : locale === 'ru' ? ru : english;
  return local ?? markEnglish(english);
}

export const caveatTitle = (caveat: Caveat): string => pick(caveat.title, caveat.zh?.title, caveat.ru?.title);

export const caveatText = (caveat: Caveat): string => pick(caveat.text, caveat.zh?.text, caveat.ru?.text);

export const breakLabel = (seriesBreak: SeriesBreak): string =>
  pick(seriesBreak.label, seriesBreak.zh?.label, seriesBreak.ru?.label);

/** What a data file holds (manifest.json). */
export const fileDescription = (file: Pick<ManifestFile, 'description' | 'zh' | 'ru'>): string =>
  pick(file.description, file.zh?.description, file.ru?.description);

/** Why a CHPL code's HS 2017 line relates to it as it does (concordance.csv, written by the pipeline per language). */
export const relationNote = (row: Pick<ConcordanceRow, 'note' | 'note_zh' | 'note_ru'>): string =>
  pick(row.note, row.note_zh, row.note_ru);

/** The override applied to that reading, "<file> row <n>: <reason>", or "" where none applies. */
export const relationOverride = (
  row: Pick<ConcordanceRow, 'override' | 'override_zh' | 'override_ru'>,
): string => (row.override === '' ? '' : pick(row.override, row.override_zh, row.override_ru));

type Labelled = Pick<
  EventRow,
  'label' | 'short_label' | 'label_zh' | 'label_ru' | 'short_label_zh' | 'short_label_ru'
>;

export const eventLabel = (event: Labelled): string => pick(event.label, event.label_zh, event.label_ru);

/** The few words drawn on the chart beside the event's leader line. */
export const eventShortLabel = (event: Labelled): string =>
  pick(event.short_label, event.short_label_zh, event.short_label_ru);

/** Event descriptions are not translated yet: in Chinese and Russian they are shown in English, marked. */
export const eventDescription = (event: Pick<EventRow, 'description'>): string =>
  markEnglish(event.description);
