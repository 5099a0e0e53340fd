// Section 4: Russia's imports by partner (IMF). China's share of what Russia buys abroad, before and after.
import type { FlowRow } from '../../data/schema';
import { i18n } from '../../i18n/i18n';
import { listSeparator, percent, placeName, usd } from './format';
import { shareOf, sumValues } from './sums';
import type { Finding, StoryData } from './types';

export const WORLD = 'G001';
export const EU = 'G998';
const REPORTER = 'RUS';

/** Russia's imports from `partner` in `year` (IMF rows: exporter = partner, importer = RUS). */
export function importsFrom(imf: readonly FlowRow[], partner: string, year: string): number | null {
  return sumValues(
    imf,
    (row) => row.importer === REPORTER && row.exporter === partner && row.period === year,
  );
}

export function importShare(imf: readonly FlowRow[], partner: string, year: string): number | null {
  return shareOf(importsFrom(imf, partner, year), importsFrom(imf, WORLD, year));
}

function isEstimate(imf: readonly FlowRow[], year: string): boolean {
  return imf.some((row) => row.importer === REPORTER && row.period === year && row.basis === 'estimate');
}

function shiftSentence(chinaRose: boolean, euFell: boolean): string {
  if (chinaRose && euFell) {
    return i18n._({
      id: 'story.imports.shift',
      message:
        'China’s share grew as the EU’s fell: its trade filled part of the gap the sanctions left, as one would expect of a country that did not join them. All goods are counted here, not only dual-use ones.',
    });
  }
  return i18n._({
    id: 'story.imports.no-shift',
    message:
      'These shares do not show China filling the place of the sanctioning economies; all goods are counted here, not only dual-use ones.',
  });
}

export function russiaImportsFinding(data: Pick<StoryData, 'imf'>): Finding {
  const china = { y2021: importShare(data.imf, 'CHN', '2021'), y2023: importShare(data.imf, 'CHN', '2023') };
  const eu = { y2021: importShare(data.imf, EU, '2021'), y2023: importShare(data.imf, EU, '2023') };
  const chinaValue2023 = importsFrom(data.imf, 'CHN', '2023');
  const estimated = isEstimate(data.imf, '2023');
  const shares = {
    china2021: percent(china.y2021),
    china2023: percent(china.y2023),
    value2023: usd(chinaValue2023),
    eu2021: percent(eu.y2021),
    eu2023: percent(eu.y2023),
  };
  return {
    figures: {
      chinaShare2021: china.y2021,
      chinaShare2023: china.y2023,
      euShare2021: eu.y2021,
      euShare2023: eu.y2023,
      chinaImports2023: chinaValue2023,
    },
    sentences: [
      estimated
        ? i18n._(
            {
              id: 'story.imports.s1-estimated',
              message:
                'China supplied {china2021} of Russia’s goods imports in 2021 and {china2023} in 2023 ({value2023}); the EU’s share went from {eu2021} to {eu2023}, a comparison across the 2022 change of basis from reported to estimated values.',
            },
            shares,
          )
        : i18n._(
            {
              id: 'story.imports.s1',
              message:
                'China supplied {china2021} of Russia’s goods imports in 2021 and {china2023} in 2023 ({value2023}); the EU’s share went from {eu2021} to {eu2023}.',
            },
            shares,
          ),
      estimated
        ? i18n._({
            id: 'story.imports.estimated',
            message:
              'The 2022 and later values are IMF estimates built largely from partners’ reports, since Russia stopped publishing its trade data.',
          })
        : i18n._({ id: 'story.imports.reported', message: 'The values for these years are as reported.' }),
      shiftSentence(
        china.y2023 !== null && china.y2021 !== null && china.y2023 > china.y2021,
        eu.y2023 !== null && eu.y2021 !== null && eu.y2023 < eu.y2021,
      ),
    ],
  };
}

/** Russia's neighbours and transit hubs of the chart, by IMF code, with the name the prose uses. */
export const OTHER_PARTNERS = [
  { code: 'TUR', name: 'Türkiye' },
  { code: 'KAZ', name: 'Kazakhstan' },
  { code: 'KGZ', name: 'Kyrgyzstan' },
  { code: 'ARM', name: 'Armenia' },
  { code: 'HKG', name: 'Hong Kong' },
  { code: 'ARE', name: 'the United Arab Emirates' },
] as const;

export function russiaPartnerSharesFinding(data: Pick<StoryData, 'imf' | 'partners'>): Finding {
  const figures: Record<string, number | null> = {};
  const phrases = OTHER_PARTNERS.map(({ code, name }) => {
    const [before, after] = ['2021', '2023'].map((year) => importShare(data.imf, code, year));
    figures[`${code}_2021`] = before ?? null;
    figures[`${code}_2023`] = after ?? null;
    return i18n._(
      { id: 'story.shares.partner', message: '{name} {before} → {after}' },
      {
        name: placeName(data.partners, code, name),
        before: percent(before ?? null),
        after: percent(after ?? null),
      },
    );
  });
  const china = importShare(data.imf, 'CHN', '2023');
  figures.chinaShare2023 = china;
  const largest = Math.max(...OTHER_PARTNERS.map(({ code }) => figures[`${code}_2023`] ?? 0));
  return {
    figures,
    sentences: [
      isEstimate(data.imf, '2023')
        ? i18n._(
            {
              id: 'story.shares.s1-estimated',
              message:
                'Shares of Russia’s imports, 2021 against 2023 (across the 2022 change of basis from reported to estimated values), for the other partners on the chart: {list}.',
            },
            { list: phrases.join(listSeparator()) },
          )
        : i18n._(
            {
              id: 'story.shares.s1',
              message:
                'Shares of Russia’s imports, 2021 against 2023, for the other partners on the chart: {list}.',
            },
            { list: phrases.join(listSeparator()) },
          ),
      china !== null && largest < china
        ? i18n._(
            { id: 'story.shares.below', message: 'Each stays well below China’s {share} in 2023.' },
            { share: percent(china) },
          )
        : i18n._(
            { id: 'story.shares.china', message: 'China’s share in 2023 was {share}.' },
            { share: percent(china) },
          ),
      i18n._({
        id: 'story.shares.re-export',
        message:
          'Goods that Russia’s neighbours re-export are counted under the neighbour, not under the country that made them.',
      }),
    ],
  };
}
