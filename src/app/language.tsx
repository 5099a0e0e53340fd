// The app's language: chosen from the URL's `lang=` (else the browser's languages), activated (a catalogue
// loads for Chinese or Russian), said on <html lang>, and switched from the header.
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState, type ChangeEvent } from 'react';
import { activateLocale, activeLocale, i18n } from '../i18n/i18n';
import {
  chooseLocale,
  HTML_LANG,
  isLocale,
  LANG_PARAM,
  LOCALES,
  navigatorLanguages,
  type LangChoice,
  type Locale,
} from '../i18n/locales';

/** Each language's name in itself, for the switch (a reader looks for their own language's name). Here, not in
 * src/i18n, so the embed (which has no switch) does not carry it. */
const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', zh: '中文', ru: 'Русский' };

/** The language of a page whose link says `raw` for `lang=`: the one shown (once its catalogue is in) and
 * the rejected value, if any. */
export function useLanguage(raw: string | undefined): LangChoice {
  const choice = chooseLocale(raw ?? null, navigatorLanguages());
  const [shown, setShown] = useState<Locale>(activeLocale);
  useEffect(() => {
    let live = true;
    void activateLocale(choice.locale).then(() => {
      if (live) setShown(activeLocale());
    });
    return () => {
      live = false;
    };
  }, [choice.locale]);
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[shown];
  }, [shown]);
  return { locale: shown, rejected: choice.rejected };
}

/** The header's language switch: a native select (keyboard and screen readers know it), kept in the URL. */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const navigate = useNavigate();
  const change = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value;
    if (!isLocale(next)) return;
    void navigate({
      to: '.',
      search: (previous: Record<string, unknown>) => ({ ...previous, [LANG_PARAM]: next }),
      replace: false,
      resetScroll: false,
    });
  };
  return (
    <label className="language-switch">
      <span className="visually-hidden">{i18n._({ id: 'header.language', message: 'Language' })}</span>
      <select value={locale} onChange={change}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={HTML_LANG[code]}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
