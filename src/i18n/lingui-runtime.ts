// What a language other than English loads: its compiled catalogues (Lingui's), the writer of their messages
// (./compiled-messages.ts, which reads them as Lingui's runtime does) and the number words; loaded by
// activateLocale (./i18n.ts) only when a reader chose Chinese or Russian, so English pages never download them.
import type { Messages } from '@lingui/core';
import { messageWriter, type CompiledMessages } from './compiled-messages';
import {
  english,
  type CatalogueLoaders,
  type LoadedLocale,
  type MessageDescriptor,
  type MessageValues,
} from './i18n';
import { localeLong, localeShort, type OtherLocale } from './number-words';

/** The core catalogue (charts, figures, the embed): every page needs it. */
const CORE: CatalogueLoaders = {
  zh: () => import('./locales/zh'),
  ru: () => import('./locales/ru'),
};

/** Loads the core catalogue and `extra` ones (the app's pages) together, as one table of messages. */
export async function loadLocale(
  locale: OtherLocale,
  extra: readonly CatalogueLoaders[] = [],
): Promise<LoadedLocale> {
  const catalogues = await Promise.all([CORE, ...extra].map((loaders) => loaders[locale]()));
  const messages: Messages = Object.assign({}, ...catalogues.map((catalogue) => catalogue.messages));
  const write = messageWriter(locale, messages as CompiledMessages);
  return {
    // A message no catalogue has yet is written in English (the catalogue test fails on it first).
    translate: (descriptor: MessageDescriptor, values?: MessageValues) =>
      write(descriptor.id, values) ?? english(descriptor, values),
    numbers: {
      short: (value, unit, precise) => localeShort(value, unit, locale, precise),
      long: (value, unit) => localeLong(value, unit, locale),
    },
  };
}
