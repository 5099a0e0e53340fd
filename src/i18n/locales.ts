// The app's languages and how one is chosen: the link's `lang=` first (so a shared link or an embed shows the
// language it was made in), else the reader's browser languages, else English. No React, no catalogue: the
// embed reads this before anything else has loaded.

export const LOCALES = ['en', 'zh', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

export const SOURCE_LOCALE: Locale = 'en';

/** The URL parameter that carries the language, in explorer, story and embed links alike. */
export const LANG_PARAM = 'lang';

/** `<html lang>`: Simplified Chinese is said as such, so screen readers and fonts pick the right variant. */
export const HTML_LANG: Readonly<Record<Locale, string>> = { en: 'en', zh: 'zh-Hans', ru: 'ru' };

export function isLocale(text: string): text is Locale {
  return (LOCALES as readonly string[]).includes(text);
}

/** The notice wording for a `lang=` value that is not one of ours (the page then shows the default language). */
export const BAD_LANG_MESSAGE = "expected en, zh, ru; using the browser's language or English";

/** The first of the reader's languages ("zh-CN", "ru", "en-GB") that the app speaks; English otherwise. */
export function browserLocale(languages: readonly string[] | undefined): Locale {
  for (const tag of languages ?? []) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return SOURCE_LOCALE;
}

export interface LangChoice {
  locale: Locale;
  /** The `lang=` value when the link had one that is not a language of ours (to be named in a notice). */
  rejected: string | null;
}

/** `raw`: the link's `lang=` value (null when it has none). */
export function chooseLocale(
  raw: string | null | undefined,
  languages: readonly string[] | undefined,
): LangChoice {
  if (raw !== null && raw !== undefined && isLocale(raw)) return { locale: raw, rejected: null };
  return { locale: browserLocale(languages), rejected: raw ?? null };
}

/** The browser's languages, or none outside a browser (prerender, tests). */
export function navigatorLanguages(): readonly string[] | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.languages;
}
