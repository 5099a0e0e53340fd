// The Lingui runtime, compiled catalogues and the number words, for a language other than English: loaded by
// activateLocale (./i18n.ts) only when a reader chose Chinese or Russian, so English pages never download them.
import { setupI18n, type Messages } from '@lingui/core';
import type { CatalogueLoaders, LoadedLocale, MessageDescriptor, MessageValues } from './i18n';
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
  const lingui = setupI18n({ locale, messages: { [locale]: messages } });
  return {
    translate: (descriptor: MessageDescriptor, values?: MessageValues) =>
      lingui._(descriptor.id, values, { message: descriptor.message }),
    numbers: {
      short: (value, unit, precise) => localeShort(value, unit, locale, precise),
      long: (value, unit) => localeLong(value, unit, locale),
    },
  };
}
