// Product names in the reader's language. The 50 CHPL codes have Chinese and Russian names in chpl.csv (name_zh,
// name_ru; their source in name_source, today the project's translation: scripts/curated/CHPL_NAMES.md); every
// other HS code has only its English name. Pages and charts call these functions rather than reading the columns,
// so the language choice and the marking of English names live in one place.
import { activeLocale, i18n } from '../i18n/i18n';
import type { ChplItem } from './schema';

type Named = Pick<ChplItem, 'description' | 'name_zh' | 'name_ru'>;

/** The item's name in the active language, or null where the data has none (English, or an earlier data version). */
function localName(item: Named): string | null {
  switch (activeLocale()) {
    case 'zh':
      return item.name_zh ?? null;
    case 'ru':
      return item.name_ru ?? null;
    default:
      return null;
  }
}

/**
 * An English name shown in Chinese or Russian, marked as such in words before it: "（英文）…", "(англ.) …". Written
 * into the label itself, as OWID and Datawrapper keep a term they have no translation for in the original with a
 * visible note, because a `lang="en"` attribute alone is invisible to a sighted reader and lost in a PNG, an SVG or
 * a CSV; the marker comes first so that it survives a legend or a chart label cut short with "…". English labels
 * are left as they are.
 */
export function markEnglish(name: string): string {
  if (activeLocale() === 'en') return name;
  return i18n._({ id: 'product.name-en', message: '{name} (English)' }, { name });
}

/** A CHPL code's name for the reader: Chinese or Russian where chpl.csv has it, else the English one, marked. */
export function chplItemName(item: Named): string {
  return localName(item) ?? markEnglish(item.description);
}
