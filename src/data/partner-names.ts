// A partner's name in the reader's language. English keeps partners.csv's own name, byte for byte. Chinese and
// Russian take the data's own translation where it has one (aggregates ISO does not name, and the short forms the
// press uses: 中国香港, США), else the browser's name for the ISO alpha-2 code the build derived
// (Intl.DisplayNames: no table of country names ships with the app), else the English, marked as English.
import { activeIntlLocale, activeLocale } from '../i18n/i18n';
import { markEnglish } from './product-names';
import type { PartnerRow } from './schema';

type Named = Pick<PartnerRow, 'name' | 'iso2' | 'name_zh' | 'name_ru'>;

const displayNames = new Map<string, Intl.DisplayNames>();
function regionName(iso2: string): string | undefined {
  const locale = activeIntlLocale();
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
  const name = names.of(iso2);
  // An engine without the name answers with the code itself.
  return name && name !== iso2 ? name : undefined;
}

export function partnerName(partner: Named): string {
  const locale = activeLocale();
  if (locale === 'en') return partner.name;
  const own = locale === 'zh' ? partner.name_zh : partner.name_ru;
  return own ?? (partner.iso2 ? regionName(partner.iso2) : undefined) ?? markEnglish(partner.name);
}
