// The embed's language, as both of its entries choose it (./boot.ts for the prerendered pages, ./boot-reader.ts
// for embed.html): the link's `lang=`; else a Chinese or Russian page's own language (its file is the embedder's
// choice); else the reader's browser language (a bad value is named in the chart's notice, start.ts).
import { activateLocale } from '../i18n/i18n';
import {
  chooseLocale,
  HTML_LANG,
  isLocale,
  LANG_PARAM,
  navigatorLanguages,
  SOURCE_LOCALE,
  type Locale,
} from '../i18n/locales';

export interface EmbedLanguage {
  locale: Locale;
  /** A prerendered page's own language (the build writes one page per language, data-lang on #root). */
  pageLocale: Locale;
  /** English needs no catalogue; Chinese or Russian load theirs while the rest downloads. */
  ready: Promise<unknown>;
}

export function embedLanguage(root: HTMLElement): EmbedLanguage {
  const pageLocale = isLocale(root.dataset.lang ?? '') ? (root.dataset.lang as Locale) : SOURCE_LOCALE;
  const params = new URLSearchParams(window.location.search);
  const { locale } = chooseLocale(
    params.get(LANG_PARAM) ?? (pageLocale === SOURCE_LOCALE ? null : pageLocale),
    navigatorLanguages(),
  );
  document.documentElement.lang = HTML_LANG[locale];
  return { locale, pageLocale, ready: activateLocale(locale) };
}
