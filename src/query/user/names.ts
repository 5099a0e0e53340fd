// Reader-facing names of the formats and encodings the importer recognises.
import type { ImportFormat, TextEncodingName } from '../../data/importers/types';

export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  'comtrade-csv': 'UN Comtrade export (CSV)',
  'comtrade-json': 'UN Comtrade API response (JSON)',
  gacc: 'China Customs (GACC) query export',
  tidy: 'Tidy flow CSV (this site’s own format)',
  unknown: 'not recognised',
};

export const ENCODING_NAMES: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  gb18030: 'GB18030 (Chinese)',
};
