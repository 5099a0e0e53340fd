// The caveats the app shows next to the data, and the series breaks charts draw. Full texts live here, once.
import type { Caveat, SeriesBreak } from '../../src/data/schema';
import { SOURCE_IDS } from '../../src/data/files';

export const CAVEAT_IDS = {
  baciBreak: 'baci-basis-break-2022',
  hsVersions: 'hs2017-vs-hs2022',
  annualOnly: 'baci-annual-only',
  directOnly: 'direct-china-russia-only',
  baciQuantity: 'baci-quantity-tonnes',
  imfEstimates: 'imf-estimates-2022',
  cifFob: 'cif-vs-fob',
  eurostat: 'eurostat-eur-eu-origin',
  comtradeTotals: 'comtrade-totals-only',
  headlines: 'headline-figures-secondary',
  gaccReported: 'gacc-reported-totals-published',
  hs2017Names: 'hs2017-only-names',
  dualUse: 'dual-use-not-military',
  curatedEvents: 'events-curated',
  derivedTotals: 'baci-totals-derived',
} as const;

export const CAVEATS: readonly Caveat[] = [
  {
    id: CAVEAT_IDS.baciBreak,
    title: 'BACI: reporting basis changes between 2021 and 2022',
    text:
      'Russia stopped publishing customs data in 2022. BACI 2017-2021 reconciles both sides’ declarations; ' +
      '2022-2023 flows between China and Russia rest on China’s declarations alone. Do not read the 2021-2022 ' +
      'change as a real rise or fall without this break in mind (e.g. tier-1 integrated circuits 2021: US$211M in ' +
      'BACI vs US$74M in Chinese customs as reported by the WSJ).',
  },
  {
    id: CAVEAT_IDS.hsVersions,
    title: 'CHPL is in HS 2022, BACI in HS 2017',
    // Replaced by the build with the relation derived from UNSD's workbook (scripts/pipeline/hs-correlation.ts).
    text:
      'The CHPL is in HS 2022, BACI in HS 2017; see concordance.csv for how each CHPL code is found in HS 2017 ' +
      'and whether its HS 2017 line is comparable across the change.',
  },
  {
    id: CAVEAT_IDS.annualOnly,
    title: 'Product detail is annual only',
    text: 'HS6 product data (BACI V202501) are annual, 2017-2023; no monthly product detail is available here.',
  },
  {
    id: CAVEAT_IDS.directOnly,
    title: 'Direct China-Russia trade only',
    text:
      'BACI and Comtrade rows cover direct trade between mainland China and Russia. Goods routed through Hong Kong, ' +
      'Central Asia, the Caucasus, Turkey or the UAE are not in these rows.',
  },
  {
    id: CAVEAT_IDS.baciQuantity,
    title: 'BACI quantities',
    text: 'BACI quantities are in metric tonnes, partly estimated by CEPII, and missing for some rows (left empty, never 0).',
  },
  {
    id: CAVEAT_IDS.imfEstimates,
    title: 'IMF: 2022 onwards are estimates',
    text:
      'Russia stopped publishing trade data in 2022. IMF IMTS values for Russia from 2022 are IMF estimates, ' +
      'largely built from partners’ (mirror) data, not Russian declarations.',
  },
  {
    id: CAVEAT_IDS.cifFob,
    title: 'CIF and FOB values differ',
    text:
      'Imports are valued CIF (including freight and insurance), exports FOB, so an importer’s figure is ' +
      'usually higher than the exporter’s for the same goods. IMF rows: imports are CIF, exports FOB; BACI values ' +
      'are FOB-type as reconciled by CEPII.',
  },
  {
    id: CAVEAT_IDS.eurostat,
    title: 'Eurostat: EU-origin goods, in euros',
    text:
      'EU-27 exports of goods under EU export bans (Reg. 833/2014, consolidated 2022-10-07; CN8 listings only) ' +
      'to Russia and its neighbours, in EUR, not US$. These are EU-origin goods, not Chinese; they show the ' +
      'transshipment pattern only. Late-2022 months were provisional when extracted (13 Jan 2023); December 2022 ' +
      'was not yet published (every cell 0 in the source), so it is left out as missing, not shown as zero.',
  },
  {
    id: CAVEAT_IDS.comtradeTotals,
    title: 'Comtrade monthly series are totals only',
    text:
      'The monthly UN Comtrade series are China-reported totals for all goods, with no HS breakdown: context and ' +
      'denominators, not CHPL data.',
  },
  {
    id: CAVEAT_IDS.headlines,
    title: 'Headline figures are secondary reports',
    text:
      'Headline figures are numbers published by others (press, think tanks, officials), kept with their ' +
      'attribution. They are not computed from our data and may use other definitions.',
  },
  {
    id: CAVEAT_IDS.gaccReported,
    title: 'China Customs’ year-to-date totals are published figures, quoted by the press',
    text:
      'China Customs (GACC) publishes China-Russia trade as totals from January to the latest month. GACC’s own ' +
      'tables were not available to the project, so each figure is taken from a news report that quotes it (a ' +
      'secondary report, named with its link). They are GACC’s first release; UN Comtrade holds later revisions ' +
      '(within 0.4% where both exist). They are drawn as cited marks and compared only with the year-to-date sum ' +
      'of the monthly series, never mixed into it; a figure the press disagrees on is left empty, never filled.',
  },
  {
    id: CAVEAT_IDS.hs2017Names,
    title: 'Some product names come from UN Comtrade’s HS 2017 list or their heading',
    // Replaced by the build with the counts of the data (see hs2017NamesText).
    text:
      'HS 2017 codes missing from the HS 2012 name list are named from UN Comtrade’s HS 2017 list ' +
      '(name_source = comtrade-hs17), or else from their 4-digit heading (name_source = hs4-parent).',
  },
  {
    id: CAVEAT_IDS.dualUse,
    title: 'Dual-use is not military use',
    text:
      'CHPL codes are goods found in Russian weapons and that Russia seeks to procure; most trade under these ' +
      'codes is civilian. A rise in trade under a code does not show military use.',
  },
  {
    id: CAVEAT_IDS.curatedEvents,
    title: 'Events are curated',
    text: 'Events are a curated selection by the project, each with a cited source; the list is not exhaustive.',
  },
  {
    id: CAVEAT_IDS.derivedTotals,
    title: 'BACI totals are derived',
    text: 'BACI all-goods totals are our sum of every HS6 row per year and direction, not a figure CEPII publishes.',
  },
];

/** A text the build writes from the data, in English and, from the same counts, in Chinese and Russian. */
export interface WrittenTexts {
  en: string;
  zh: string;
  ru: string;
}

/**
 * The caveat on names, with the counts of this build's products: each language's sentence is written from the same
 * counts (issue 15: computed texts are written per language, not translated after the fact). The Russian one is
 * phrased so that no noun agrees with a count.
 */
export function hs2017NamesTexts(products: readonly { name_source: string }[]): WrittenTexts {
  const count = (source: string) => products.filter((p) => p.name_source === source).length;
  const comtrade = count('comtrade-hs17');
  const heading = count('hs4-parent');
  const total = comtrade + heading;
  return {
    en: hs2017NamesText(products),
    zh:
      `不在HS 2012名称列表中的HS 2017编码有${total}个：其中${comtrade}个的名称取自UN Comtrade的HS 2017目录` +
      `（\`name_source = comtrade-hs17\`）` +
      (heading > 0
        ? `，${heading}个因该目录中也没有而取自其4位品目（\`name_source = hs4-parent\`）。`
        : '。'),
    ru:
      `Кодов ГС 2017, которых нет в перечне названий ГС 2012: ${total}. Из них ${comtrade} названы по перечню ` +
      `ГС 2017 UN Comtrade (\`name_source = comtrade-hs17\`)` +
      (heading > 0
        ? `, ${heading} — по своей четырёхзначной товарной позиции, которой нет и в этом перечне ` +
          '(`name_source = hs4-parent`).'
        : '.'),
  };
}

/** The caveat on names, with the counts of this build's products. */
export function hs2017NamesText(products: readonly { name_source: string }[]): string {
  const count = (source: string) => products.filter((p) => p.name_source === source).length;
  const comtrade = count('comtrade-hs17');
  const heading = count('hs4-parent');
  return (
    `${comtrade + heading} HS 2017 codes are not in the HS 2012 name list: ${comtrade} take their name from UN ` +
    `Comtrade’s HS 2017 list (name_source = comtrade-hs17)` +
    (heading > 0
      ? ` and ${heading} from their 4-digit heading, which that list lacks too (name_source = hs4-parent).`
      : '.')
  );
}

export const BREAKS: readonly SeriesBreak[] = [
  {
    id: 'baci-2022-reporting',
    source: SOURCE_IDS.baci,
    after: '2021',
    before: '2022',
    label: 'From 2022: China’s declarations only',
    caveat: CAVEAT_IDS.baciBreak,
  },
  {
    id: 'imf-2022-estimates',
    source: SOURCE_IDS.imf,
    after: '2021',
    before: '2022',
    label: 'From 2022: IMF estimates',
    caveat: CAVEAT_IDS.imfEstimates,
  },
];
