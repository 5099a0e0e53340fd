// Issue 15: partners named in the reader's language. English keeps partners.csv's own name byte for byte; Chinese
// and Russian take the data's curated name where it has one (aggregates, the press's short forms), else Intl's
// name for the ISO alpha-2 code the build derived, else the English marked as English.
import { afterAll, describe, expect, it } from 'vitest';
import { partnerName } from '../../../src/data/partner-names';
import type { PartnerRow } from '../../../src/data/schema';
import { activateLocale } from '../../../src/i18n/i18n';

const row = (partial: Partial<PartnerRow> & Pick<PartnerRow, 'code' | 'name'>): PartnerRow => ({
  iso3: null,
  m49: null,
  kind: 'country',
  ...partial,
});
const kyrgyzstan = row({ code: 'KGZ', name: 'Kyrgyzstan', iso3: 'KGZ', m49: '417', iso2: 'KG' });
const hongKong = row({
  code: 'HKG',
  name: 'Hong Kong',
  iso3: 'HKG',
  m49: '344',
  iso2: 'HK',
  name_zh: '中国香港',
  name_ru: 'Гонконг',
});
const world = row({
  code: 'G001',
  name: 'World',
  kind: 'aggregate',
  iso2: null,
  name_zh: '世界',
  name_ru: 'Мир',
});
/** A file of an earlier data version: no iso2 or translated names. */
const older = row({ code: 'KAZ', name: 'Kazakhstan', iso3: 'KAZ', m49: '398' });

afterAll(async () => {
  await activateLocale('en');
});

describe('partnerName', () => {
  it('keeps the data’s English name in English', async () => {
    await activateLocale('en');
    expect([kyrgyzstan, hongKong, world, older].map(partnerName)).toEqual([
      'Kyrgyzstan',
      'Hong Kong',
      'World',
      'Kazakhstan',
    ]);
  });

  it('names countries with Intl from ISO alpha-2 and aggregates from the data in Chinese', async () => {
    await activateLocale('zh');
    expect([kyrgyzstan, hongKong, world].map(partnerName)).toEqual(['吉尔吉斯斯坦', '中国香港', '世界']);
    expect(partnerName(older)).toBe('（英文）Kazakhstan');
  });

  it('and in Russian, following the reader when they switch', async () => {
    await activateLocale('ru');
    expect([kyrgyzstan, hongKong, world].map(partnerName)).toEqual(['Киргизия', 'Гонконг', 'Мир']);
    expect(partnerName(older)).toBe('(англ.) Kazakhstan');
  });
});
