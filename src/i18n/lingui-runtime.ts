// The Lingui runtime and a compiled catalogue, for a language other than English: loaded by activateLocale
// (./i18n.ts) only when a reader chose Chinese or Russian, so English pages never download either.
import { setupI18n } from '@lingui/core';
import type { Locale } from './locales';
import type { MessageDescriptor, MessageValues, Translator } from './i18n';

type Catalogue = { messages: Record<string, unknown> };

const CATALOGUES: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>>> = {
  zh: () => import('./locales/zh'),
  ru: () => import('./locales/ru'),
};

export async function loadTranslator(locale: Exclude<Locale, 'en'>): Promise<Translator> {
  const { messages } = await CATALOGUES[locale]();
  const lingui = setupI18n({ locale, messages: { [locale]: messages as never } });
  return (descriptor: MessageDescriptor, values?: MessageValues) =>
    lingui._(descriptor.id, values, { message: descriptor.message });
}
