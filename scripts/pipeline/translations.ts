// Chinese and Russian words for the texts the pipeline writes in English: caveat titles and texts, break labels,
// event labels and short labels, the claims of the published headline figures. They live in one curated file, scripts/curated/text_translations.csv, keyed by
// (kind, id, field), each row holding the English it translates. Why not the Lingui catalogues: these texts are
// data, versioned with it (a pinned embed gets the words of its own data version); they would add kilobytes of
// English to every embed's code; and a row that keeps its English can be checked against the text it claims to
// translate. The build attaches a translation only where that English is the current English word for word, so
// an edited English text is shown in English (marked) until it is translated again, never with a stale
// translation; tests/scripts/text-translations.test.ts fails while a row's English differs from the current one.
import type {
  Caveat,
  EventRow,
  HeadlineFigure,
  ManifestFile,
  PartnerRow,
  SeriesBreak,
} from '../../src/data/schema';
import { parseCsv, readRecords } from './csv';
import { cellError } from './errors';
import type { RawFile } from './resolve';

export const TRANSLATIONS_FILE = 'scripts/curated/text_translations.csv';

/** The fields each kind of text has, in the manifest or events.csv. */
export const TRANSLATED_FIELDS = {
  caveat: ['title', 'text'],
  break: ['label'],
  event: ['label', 'short_label'],
  partner: ['name'],
  /** A reason in scripts/curated/hs_correlation_overrides.csv, keyed "kind-hs2022-hs2017" (./hs-correlation.ts). */
  override: ['reason'],
  /** A file's description in the manifest, keyed by its path. */
  file: ['description'],
  /** A published figure's claim (headline_figures.csv), keyed by its stable id (scripts/parsers/headlines.ts). */
  headline: ['claim'],
} as const;
export type TextKind = keyof typeof TRANSLATED_FIELDS;

export interface TextTranslation {
  kind: TextKind;
  id: string;
  field: string;
  /** The English text this row translates, as the pipeline writes it. */
  en: string;
  zh: string;
  ru: string;
}

/** events.csv's length limits (schema.ts eventRow). */
const EVENT_MAX: Readonly<Record<string, number>> = { label: 60, short_label: 28 };

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function isKind(kind: string): kind is TextKind {
  return Object.hasOwn(TRANSLATED_FIELDS, kind);
}

export function parseTranslations(raw: RawFile): TextTranslation[] {
  const columns = ['kind', 'id', 'field', 'en', 'zh', 'ru'] as const;
  const seen = new Set<string>();
  return readRecords(parseCsv(raw.text), columns, { source: raw.source, file: raw.name }).map(
    ({ ctx, get }) => {
      const [kind, id, field, en, zh, ru] = columns.map((column) => get(column).trim()) as string[] as [
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      if (!isKind(kind))
        throw cellError(
          ctx,
          'kind',
          'expected caveat, break, event, partner, override, file or headline',
          kind,
        );
      if (!(TRANSLATED_FIELDS[kind] as readonly string[]).includes(field))
        throw cellError(ctx, 'field', `expected ${TRANSLATED_FIELDS[kind].join(' or ')}`, field);
      const key = `${kind} ${id} ${field}`;
      if (seen.has(key)) throw cellError(ctx, 'id', `expected one row per ${kind} and field`, id);
      seen.add(key);
      if (en === '') throw cellError(ctx, 'en', 'expected the English text translated', en);
      if (!HAN.test(zh)) throw cellError(ctx, 'zh', 'expected Chinese text', zh);
      if (!CYRILLIC.test(ru)) throw cellError(ctx, 'ru', 'expected Russian text', ru);
      // An event's words are drawn on the chart: the translations keep events.csv's limits (schema.ts eventRow).
      const max = kind === 'event' ? EVENT_MAX[field] : undefined;
      for (const [column, value] of [
        ['zh', zh],
        ['ru', ru],
      ] as const) {
        if (max !== undefined && value.length > max)
          throw cellError(ctx, column, `expected at most ${max} characters for an event's ${field}`, value);
      }
      return { kind, id, field, en, zh, ru };
    },
  );
}

/** (kind, id, field, current English) -> its translation, or undefined where none translates that English. */
export function lookup(translations: readonly TextTranslation[]) {
  const byKey = new Map(translations.map((t) => [`${t.kind} ${t.id} ${t.field}`, t]));
  return (kind: TextKind, id: string, field: string, english: string) => {
    const found = byKey.get(`${kind} ${id} ${field}`);
    return found && found.en === english ? found : undefined;
  };
}

/** The caveats with their Chinese and Russian title and text, where the current English has a translation. */
export function translateCaveats(
  caveats: readonly Caveat[],
  translations: readonly TextTranslation[],
): Caveat[] {
  const find = lookup(translations);
  return caveats.map((caveat) => {
    const title = find('caveat', caveat.id, 'title', caveat.title);
    const text = find('caveat', caveat.id, 'text', caveat.text);
    if (!title && !text) return caveat;
    const words = (lang: 'zh' | 'ru') => ({
      ...(title ? { title: title[lang] } : {}),
      ...(text ? { text: text[lang] } : {}),
    });
    return { ...caveat, zh: words('zh'), ru: words('ru') };
  });
}

/** The files with their Chinese and Russian description, where the build wrote none and a row translates it. */
export function translateFiles(
  files: readonly ManifestFile[],
  translations: readonly TextTranslation[],
): ManifestFile[] {
  const find = lookup(translations);
  return files.map((file) => {
    if (file.zh && file.ru) return file;
    const description = find('file', file.path, 'description', file.description);
    return description
      ? { ...file, zh: { description: description.zh }, ru: { description: description.ru } }
      : file;
  });
}

export function translateBreaks(
  breaks: readonly SeriesBreak[],
  translations: readonly TextTranslation[],
): SeriesBreak[] {
  const find = lookup(translations);
  return breaks.map((seriesBreak) => {
    const label = find('break', seriesBreak.id, 'label', seriesBreak.label);
    return label ? { ...seriesBreak, zh: { label: label.zh }, ru: { label: label.ru } } : seriesBreak;
  });
}

/** Every event with its label_zh, label_ru, short_label_zh, short_label_ru (null where untranslated). */
export function translateEvents(
  events: readonly EventRow[],
  translations: readonly TextTranslation[],
): EventRow[] {
  const find = lookup(translations);
  return events.map((event) => {
    const label = find('event', event.id, 'label', event.label);
    const short = find('event', event.id, 'short_label', event.short_label);
    return {
      ...event,
      label_zh: label?.zh ?? null,
      label_ru: label?.ru ?? null,
      short_label_zh: short?.zh ?? null,
      short_label_ru: short?.ru ?? null,
    };
  });
}

/**
 * Every partner with its name_zh and name_ru (null where untranslated): the aggregates and codes ISO does not name
 * (Intl cannot), and the few countries whose short press name differs from Intl's official one (中国香港, США).
 */
export function translatePartners(
  partners: readonly PartnerRow[],
  translations: readonly TextTranslation[],
): PartnerRow[] {
  const find = lookup(translations);
  return partners.map((partner) => {
    const name = find('partner', partner.code, 'name', partner.name);
    return { ...partner, name_zh: name?.zh ?? null, name_ru: name?.ru ?? null };
  });
}

/**
 * Every published figure with its claim_zh and claim_ru (null where untranslated). A claim is the publisher's words:
 * the pages show it in English, as published, followed by this translation labelled as the project's.
 */
export function translateHeadlines(
  headlines: readonly HeadlineFigure[],
  translations: readonly TextTranslation[],
): Required<HeadlineFigure>[] {
  const find = lookup(translations);
  return headlines.map((figure) => {
    const claim = find('headline', figure.id, 'claim', figure.claim);
    return { ...figure, claim_zh: claim?.zh ?? null, claim_ru: claim?.ru ?? null };
  });
}
