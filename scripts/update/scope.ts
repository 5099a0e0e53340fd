// What the monthly CHPL refresh asks UN Comtrade for: China's reported exports, by month, to Russia and to the
// usual transit partners. Codes are Comtrade's numeric area codes (M49-based), sent without leading zeros.
import { SOURCE_IDS } from '../../src/data/files';

/** A partner as Comtrade codes it, with the ISO3 code our flow rows use. */
export interface Partner {
  comtradeCode: number;
  iso3: string;
}

export const REPORTER_CHINA = 156;
export const REPORTER_ISO3 = 'CHN';
export const FLOW_EXPORTS = 'X';
export const FREQ_MONTHLY = 'M';

export const PARTNERS: readonly Partner[] = [
  { comtradeCode: 643, iso3: 'RUS' },
  { comtradeCode: 344, iso3: 'HKG' },
  { comtradeCode: 398, iso3: 'KAZ' },
  { comtradeCode: 417, iso3: 'KGZ' },
  { comtradeCode: 51, iso3: 'ARM' },
  { comtradeCode: 792, iso3: 'TUR' },
  { comtradeCode: 784, iso3: 'ARE' },
  { comtradeCode: 112, iso3: 'BLR' },
];

/** First month of the series (the BACI-era baseline starts in 2017). */
export const DEFAULT_FROM = '2017-01';

/** Source id in flow rows and the manifest. */
export const SOURCE_ID = SOURCE_IDS.comtradeChpl;
