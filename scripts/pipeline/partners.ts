// partners.csv: every exporter/importer code used in a flow file, with ISO3 and UN M49 where they exist.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { FlowRow, PartnerRow } from '../../src/data/schema';
import { translatePartners, type TextTranslation } from './translations';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);

/** Shorter common names where the ISO table's official one would clutter chart labels. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  CHN: 'China',
  RUS: 'Russia',
  TWN: 'Taiwan',
  USA: 'United States',
  IRN: 'Iran',
  MDA: 'Moldova',
};

/**
 * Three letters = a country (or a former one such as YUG); IMF aggregates use other shapes (G001 World,
 * G998 EU, TX899 Special Categories). ISO3, M49 and ISO2 are filled only when the ISO table knows the code: ISO2
 * comes from the same table, never typed, and is what the app names a country from in Chinese and Russian.
 */
export function partnerRow(code: string, labels: ReadonlyMap<string, string>): PartnerRow {
  const isCountry = /^[A-Z]{3}$/.test(code);
  const m49 = isCountry ? (countries.alpha3ToNumeric(code) ?? null) : null;
  const isoName = m49 ? (SHORT_NAMES[code] ?? countries.getName(code, 'en')) : undefined;
  return {
    code,
    iso3: m49 ? code : null,
    m49,
    name: isoName ?? labels.get(code) ?? code,
    kind: isCountry ? 'country' : 'aggregate',
    iso2: m49 ? (countries.alpha3ToAlpha2(code) ?? null) : null,
  };
}

/** Every partner of `flows`, with its Chinese and Russian name where `translations` has one for its English. */
export function buildPartners(
  flows: readonly FlowRow[],
  labels: ReadonlyMap<string, string>,
  translations: readonly TextTranslation[] = [],
): PartnerRow[] {
  const codes = new Set<string>();
  for (const row of flows) codes.add(row.exporter).add(row.importer);
  return translatePartners(
    [...codes].sort().map((code) => partnerRow(code, labels)),
    translations,
  );
}
