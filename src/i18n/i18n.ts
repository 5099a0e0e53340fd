// The one translation call of the app: `i18n._({ id, message }, values)`, with a literal dotted id and English
// message ("embed.download", "Download"), so that tools can read both.
// The `lingui extract` CLI finds every such call (lingui.config.ts) and writes one catalogue per language
// (src/i18n/locales/*.po, compiled to *.ts by `lingui compile`). Chinese and Russian load lazily with the Lingui
// runtime (./lingui-runtime.ts) when chosen; English, the source language, needs neither: its text is the
// `message` already in the code, so the English first load pays for this module only (~0.3 KB gzip).
// English messages therefore use plain `{name}` arguments only (no plural or select): the catalogue test
// (tests/unit/i18n/catalogues.test.ts) checks every English message against Lingui's own output.
import type { Messages } from '@lingui/core';
import { SOURCE_LOCALE, type Locale } from './locales';
import type { NumberUnit, OtherLocale } from './number-words';

export interface MessageDescriptor {
  /** Stable, dotted id ("embed.download"): the key in every catalogue, so translations survive rewording. */
  id: string;
  /** The English text, in ICU MessageFormat. */
  message: string;
}

export type MessageValues = Readonly<Record<string, string | number>>;
export type Translator = (descriptor: MessageDescriptor, values?: MessageValues) => string;

/** Numbers with their unit in the active language other than English (./number-words.ts). */
export interface LocaleNumbers {
  short(value: number, unit: NumberUnit, precise?: boolean): string;
  long(value: number, unit: NumberUnit): string;
}

/** What a language other than English loads (./lingui-runtime.ts). */
export interface LoadedLocale {
  translate: Translator;
  numbers: LocaleNumbers;
}

/** How to load one catalogue (compiled module) per language other than English. */
export type CatalogueLoaders = Readonly<Record<OtherLocale, () => Promise<{ messages: Messages }>>>;

let locale: Locale = SOURCE_LOCALE;
let loaded: LoadedLocale | null = null;
/** Catalogues beyond the core one, loaded with it (the app's pages: ./pages-catalogue.ts). */
const extraCatalogues: CatalogueLoaders[] = [];

/** Adds a catalogue to load with every language activated from now on (call before activateLocale). */
export function addCatalogue(loaders: CatalogueLoaders): void {
  if (!extraCatalogues.includes(loaders)) extraCatalogues.push(loaders);
}

/**
 * Adds a catalogue and, in Chinese or Russian, loads it into the active language now: for code that shows its
 * words only once a reader asks (./later-catalogue.ts). Resolves at once in English. A second caller waits for
 * the activation under way: the first caller's catalogue may not have arrived yet (the story asks for it twice at
 * once, for two kinds of published marks).
 */
export async function ensureCatalogue(loaders: CatalogueLoaders): Promise<void> {
  if (extraCatalogues.includes(loaders)) return lastActivation;
  addCatalogue(loaders);
  // The language being switched to, if a switch is under way: re-activating the one shown would undo it.
  if (latest !== SOURCE_LOCALE) await activateLocale(latest);
}

/** English: the message as written, each `{name}` replaced by its value (unknown names stay as written). */
export function english({ message }: MessageDescriptor, values?: MessageValues): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

export const i18n = {
  /** The message in the active language. */
  _(descriptor: MessageDescriptor, values?: MessageValues): string {
    return loaded ? loaded.translate(descriptor, values) : english(descriptor, values);
  },
};

/** The language every message and number is written in now. */
export function activeLocale(): Locale {
  return locale;
}

/** Chinese or Russian number words, or null in English (whose formats stay in src/charts/kit/unit-format.ts). */
export function localeNumbers(): LocaleNumbers | null {
  return loaded?.numbers ?? null;
}

/** The Intl locale of the active language: "en-US" (what English has always used, number-format.ts), "zh", "ru". */
export function activeIntlLocale(): string {
  return locale === 'en' ? 'en-US' : locale;
}

let latest: Locale = SOURCE_LOCALE;
/** Each call of activateLocale, counted, and the promise of the last: only the last call's catalogues apply. */
let activations = 0;
let lastActivation: Promise<void> = Promise.resolve();

/**
 * Makes `next` the active language, loading its catalogue (and the Lingui runtime) the first time. When a
 * reader switches again before a catalogue has arrived, the last choice wins; so does the last call for the same
 * language (one made by ensureCatalogue loads one catalogue more). An earlier call resolves once the last has.
 */
export function activateLocale(next: Locale): Promise<void> {
  latest = next;
  const call = ++activations;
  const activation = (async () => {
    if (next === 'en') {
      loaded = null;
      locale = next;
      return;
    }
    const runtime = await import('./lingui-runtime');
    const language = await runtime.loadLocale(next, extraCatalogues);
    if (call !== activations) return lastActivation;
    loaded = language;
    locale = next;
  })();
  lastActivation = activation;
  return activation;
}
