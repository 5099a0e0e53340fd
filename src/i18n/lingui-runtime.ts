// The Lingui runtime, a compiled catalogue and the number words, for a language other than English: loaded by
// activateLocale (./i18n.ts) only when a reader chose Chinese or Russian, so English pages never download them.
import { setupI18n, type Messages } from '@lingui/core';
import type { LoadedLocale, MessageDescriptor, MessageValues } from './i18n';
import { localeLong, localeShort, type OtherLocale } from './number-words';

const CATALOGUES: Readonly<Record<OtherLocale, () => Promise<{ messages: Messages }>>> = {
  zh: () => import('./locales/zh'),
  ru: () => import('./locales/ru'),
};

export async function loadLocale(locale: OtherLocale): Promise<LoadedLocale> {
  const { messages } = await CATALOGUES[locale]();
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
