// A partner's name in the reader's language. English keeps partners.csv's own name, byte for byte. Chinese and
// Russian take the data's own translation where it has one (aggregates ISO does not name, and the short forms the
// press uses: 中国香港, США), else the browser's name for the ISO alpha-2 code the build derived
// (Intl.DisplayNames: no table of country names ships with the app), else the English, marked as English.
import { activeLocale } from '../i18n/i18n';
import { markEnglish } from './product-names';
import type { PartnerRow } from './schema';

export function partnerName(partner: Pick<PartnerRow, 'name' | 'iso2' | 'name_zh' | 'name_ru'>): string {
  const locale = activeLocale();
  if (locale === 'en') return partner.name;
  return (
    (locale === 'zh' ? partner.name_zh : partner.name_ru) ||
    (partner.iso2 && new Intl.DisplayNames(locale, { type: 'region' }).of(partner.iso2)) ||
    markEnglish(partner.name)
  );
}
