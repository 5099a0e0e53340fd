// How `npm run data -- --download` gets a raw file from its public origin, and how the download becomes the file
// the pipeline reads (each raw file's recipe is in its registry row, scripts/sources/registry.ts). "copy"
// downloads are byte-identical to the pinned file (checked by sha256); the others are rebuilt from the original publisher and cannot be byte-identical to our pinned copies (different
// number formatting, row order, revisions), so they are checked row by row instead (see scripts/download/verify.ts).
export const NAKIB_RAW_FILES =
  'https://raw.githubusercontent.com/SamiNakibETU/Russia_China_relationship/239100644f1e119454aa5a564620e76ee6a1bb95/russia_china_dependency';

export const CONCORDANCE_RAW =
  'https://raw.githubusercontent.com/insongkim/concordance/201c812e51f213d967d8701b6ed6398c79df4a04/data-raw';

/** Rows and value sum (thousand US$) per year and direction in our pinned BACI V202501 extract. */
export type BaciExpectation = Record<string, { rows: number; valueThousandUsd: number }>;

export type DownloadRecipe =
  /** The exact bytes we pinned, from where they were copied. */
  | { method: 'copy'; url: string }
  /** CEPII's release zip, streamed: the yearly files' China<->Russia rows, in the copied file's layout. */
  | { method: 'baci-zip'; url: string; release: string; expected: BaciExpectation }
  /** UN Comtrade API (preview, or keyed with COMTRADE_API_KEY): China-Russia monthly TOTAL, flows X and M. */
  | { method: 'comtrade-totals'; part: 'panel' | 'imports'; from: string; to: string }
  /** IMF SDMX 2.1 API, SDMX-CSV with labels, pivoted into the portal export layout the parser reads. */
  | { method: 'imf-sdmx'; url: string }
  /** An xlsx (pinned by its own sha256) whose single sheet is converted to our CSV. */
  | { method: 'xlsx-sheet'; url: string; sha256: string; columns: Readonly<Record<string, string>> }
  /** No public origin produces this file: it is compiled by the project. */
  | { method: 'manual'; reason: string };

/** How a file a build reads was obtained: from a recipe, or as it was in the local copy (DATA_MIRROR, ../shared). */
export type ObtainedBy = DownloadRecipe['method'] | 'local';

export const BACI_EXPECTED: BaciExpectation = {
  '2017 CHN->RUS': { rows: 4162, valueThousandUsd: 45922805.741 },
  '2017 RUS->CHN': { rows: 2103, valueThousandUsd: 42116091.374 },
  '2018 CHN->RUS': { rows: 4149, valueThousandUsd: 50262801.429 },
  '2018 RUS->CHN': { rows: 2149, valueThousandUsd: 55313508.599 },
  '2019 CHN->RUS': { rows: 4169, valueThousandUsd: 50826757.013 },
  '2019 RUS->CHN': { rows: 2309, valueThousandUsd: 58864407.461 },
  '2020 CHN->RUS': { rows: 4103, valueThousandUsd: 52957052.138 },
  '2020 RUS->CHN': { rows: 2171, valueThousandUsd: 51191065.775 },
  '2021 CHN->RUS': { rows: 4123, valueThousandUsd: 69623793.676 },
  '2021 RUS->CHN': { rows: 2324, valueThousandUsd: 72061871.636 },
  '2022 CHN->RUS': { rows: 3966, valueThousandUsd: 75356475.22 },
  '2022 RUS->CHN': { rows: 1861, valueThousandUsd: 114147193.381 },
  '2023 CHN->RUS': { rows: 4054, valueThousandUsd: 110013940.831 },
  '2023 RUS->CHN': { rows: 1851, valueThousandUsd: 129002538.475 },
};

export const IMF_QUERY =
  'https://api.imf.org/external/sdmx/2.1/data/IMF.STA,IMTS/RUS.MG_CIF_USD+XG_FOB_USD..A' +
  '?startPeriod=2016&endPeriod=2024';
