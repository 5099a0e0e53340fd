// Every raw source the pipeline reads: where it comes from, its terms, its pinned files and its parser.
// Raw files are resolved in DATA_MIRROR, else ../shared/data-sources/ (names below are relative to that dir).
import type { Currency, Frequency } from '../../src/data/schema';
import { SOURCE_IDS } from '../../src/data/files';
import { CAVEAT_IDS as C } from '../pipeline/caveats';
import { PipelineError } from '../pipeline/errors';
import type { RawFile } from '../pipeline/resolve';
import { parseBaci } from '../parsers/baci';
import { parseChpl } from '../parsers/chpl';
import { parseComtrade } from '../parsers/comtrade';
import { parseEurostat } from '../parsers/eurostat';
import { parseEvents } from '../parsers/events';
import { parseGaccTotals } from '../parsers/gacc';
import { parseHeadlines } from '../parsers/headlines';
import { parseComtradeHsNames } from '../parsers/hs-correlation';
import { parseHsNames } from '../parsers/hs-names';
import { parseImf } from '../parsers/imf';

export interface RawFileSpec {
  /** Relative to the data dir ("data") or to the repository root ("repo", our own curated files). */
  name: string;
  root: 'data' | 'repo';
  /** Pinned sha256 of the bytes we built against; null for our curated files, which change with the repo. */
  sha256: string | null;
}

export interface SourceSpec<T> {
  id: string;
  title: string;
  publisher: string;
  /** The original publisher's page. */
  url: string;
  /** Where the exact bytes we pin can be downloaded (may be a copy of the original). */
  obtainFrom: string;
  licence: string;
  citation: string;
  /** Snapshot/extraction date from the folder's PROVENANCE.md, with what it means. */
  retrieved: string;
  currency: Currency | null;
  frequency: Frequency | null;
  caveats: readonly string[];
  files: readonly RawFileSpec[];
  parse: (files: readonly RawFile[]) => T;
  /**
   * An optional source may be missing from the raw files (e.g. in a build from origin): the build goes on
   * without its output file and the manifest says so (see scripts/pipeline/optional.ts). Present, it is
   * verified like any other.
   */
  optional?: boolean;
}

function fileAt(files: readonly RawFile[], index: number): RawFile {
  const file = files[index];
  if (!file) throw new PipelineError(`internal: parser expected raw file #${index + 1}`);
  return file;
}

function defineSource<T>(spec: SourceSpec<T>): SourceSpec<T> {
  return spec;
}

const NAKIB_REPO = 'https://github.com/SamiNakibETU/Russia_China_relationship';
const NAKIB_RAW = `${NAKIB_REPO}/blob/239100644f1e119454aa5a564620e76ee6a1bb95/russia_china_dependency`;
const CHPL_URL = 'https://www.bis.gov/licensing/country-guidance/common-high-priority-items-list-chpl';

export const BACI_FILE = 'baci-china-russia/baci_hs17_v202501_china_russia_2017_2023.csv';
export const EVENTS_FILE = 'scripts/curated/events.csv';
export const HS_CORRELATION_WORKBOOK = 'hs-classification/HS2022toHS2017ConversionAndCorrelationTables.xlsx';

export const REGISTRY = {
  baci: defineSource({
    id: SOURCE_IDS.baci,
    title:
      'BACI: international trade database at the product level, HS 2017, release V202501 (China-Russia rows)',
    publisher: 'CEPII',
    url: 'https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37',
    obtainFrom: `${NAKIB_RAW}/01_raw_data/trade/baci_russia_china_processed_2017_2023.csv`,
    licence:
      'Etalab Open Licence 2.0 (CEPII; attribution required). Filtered copy from a repository under MIT (code) / CC BY 4.0.',
    citation:
      'Gaulier, G. and Zignago, S. (2010). BACI: International Trade Database at the Product-Level. The 1994-2007 ' +
      'Version. CEPII Working Paper 2010-23. Data: BACI HS17 V202501, rows with exporter/importer China (156) and ' +
      'Russia (643), via S. Nakib, Russia_China_relationship (GitHub).',
    retrieved:
      '2026-03-02 (date of the repository snapshot the filtered copy was taken from; BACI release V202501)',
    currency: 'USD',
    frequency: 'A',
    caveats: [C.baciBreak, C.hsVersions, C.annualOnly, C.directOnly, C.baciQuantity, C.dualUse],
    files: [
      {
        name: BACI_FILE,
        root: 'data',
        sha256: '85d9d665676378b281f89f470e99c29adc643e2fb43cba9099289430f1ecb8ae',
      },
    ],
    parse: (files) => parseBaci(fileAt(files, 0)),
  }),
  comtrade: defineSource({
    id: SOURCE_IDS.comtrade,
    title: 'UN Comtrade: China-reported monthly trade with Russia, all goods (TOTAL), 2017-01 to 2024-12',
    publisher:
      'United Nations Statistics Division (UN Comtrade); reported by China’s General Administration of Customs',
    url: 'https://comtradeplus.un.org/',
    obtainFrom: `${NAKIB_RAW}/02_processed_data/panel_monthly_var.csv and ${NAKIB_RAW}/01_raw_data/trade/comtrade_imports_chn_from_rus_2017_2024.csv`,
    licence: 'UN Comtrade terms of use (attribution to UN Comtrade).',
    citation:
      'United Nations, UN Comtrade Database, reporter China (156), partner Russian Federation (643), flows X and M, ' +
      'commodity TOTAL, monthly; via S. Nakib, Russia_China_relationship (GitHub).',
    retrieved: '2026-03-02 (date of the repository snapshot the files were copied from)',
    currency: 'USD',
    frequency: 'M',
    caveats: [C.comtradeTotals, C.directOnly],
    files: [
      {
        name: 'comtrade-china-russia-monthly-totals/panel_monthly_var.csv',
        root: 'data',
        sha256: '1dd88746c0984f132312bd2141ccff52d9a5c47ffd1be75f31ecbb272395fcc7',
      },
      {
        name: 'comtrade-china-russia-monthly-totals/comtrade_imports_chn_from_rus_2017_2024.csv',
        root: 'data',
        sha256: '6ef05b7961dd62adcccd01f843d595cb68662d0409c798da92f72d3bb1b8564b',
      },
    ],
    parse: (files) => parseComtrade(fileAt(files, 0), fileAt(files, 1)),
  }),
  imf: defineSource({
    id: SOURCE_IDS.imf,
    title:
      'IMF International Merchandise Trade Statistics (IMTS): Russian Federation, goods trade by partner, annual',
    publisher: 'International Monetary Fund',
    url: 'https://data.imf.org/',
    obtainFrom:
      'https://github.com/paulinakasetiene/Russia-sanctions-trade-reallocation/blob/0d3a9a4abc6309af22c14dac7d1cf3490a865650/RU_trade.csv',
    licence: 'IMF terms of use (reuse with attribution). The copying repository has no licence file.',
    citation:
      'International Monetary Fund, International Merchandise Trade Statistics, dataset IMF.STA:IMTS(1.0.0), ' +
      'Russian Federation; via P. Kasetienė, replication data for "Beyond Trade Decline" (Zenodo 10.5281/zenodo.20099743).',
    retrieved: '2026-05-09 (date the file was added to the copying repository)',
    currency: 'USD',
    frequency: 'A',
    caveats: [C.imfEstimates, C.cifFob],
    files: [
      {
        name: 'imf-imts-russia/RU_trade.csv',
        root: 'data',
        sha256: '41a2498342694bc2b4053d02c6ac42a4ce07fb1a55646b708c77b2559e01cdcb',
      },
    ],
    parse: (files) => parseImf(fileAt(files, 0)),
  }),
  eurostat: defineSource({
    id: SOURCE_IDS.eurostat,
    title:
      'Eurostat Comext: EU-27 exports of EU-sanctioned goods to Russia and its neighbours, monthly 2020-2022',
    publisher: 'Eurostat (Comext DS-045409), compiled by V. Zemlys-Balevičius',
    url: 'https://ec.europa.eu/eurostat/comext/newxtweb/',
    obtainFrom:
      'https://github.com/vzemlys/ruimpeks/blob/4a0d83fb826111d173fcdd66bdf31cd3fecb862b/xlsx/eu_export_sanctioned.xlsx ' +
      '(xlsx sha256 de379aecf805ca5ed09ae72a76f75ee7e315d88233009bc67145e58a1c6e92ce; our CSV is a conversion of its single sheet)',
    licence:
      'Eurostat data: free reuse with attribution. Compilation (xlsx): MIT, (c) 2023 Vaidotas Zemlys-Balevičius.',
    citation:
      'V. Zemlys-Balevičius, "On EU trade with Russia and its neighbours after Russian invasion of Ukraine", ' +
      'vzemlys.github.io/ruimpeks; from Eurostat Comext DS-045409 (exports, VALUE_IN_EUROS).',
    retrieved: '2023-01-13 (date of extraction from Eurostat Comext; the xlsx was committed on 2023-01-22)',
    currency: 'EUR',
    frequency: 'M',
    caveats: [C.eurostat],
    files: [
      {
        name: 'eu-sanctioned-exports-neighbours/eu_export_sanctioned.csv',
        root: 'data',
        sha256: 'fd4c9e2fa2df30df43d2090a7aafd9b8b1bcaf2872c288c55335249295675d0f',
      },
    ],
    parse: (files) => parseEurostat(fileAt(files, 0)),
  }),
  chpl: defineSource({
    id: SOURCE_IDS.chpl,
    title: 'Common High Priority List (CHPL), 50 HS 2022 six-digit codes in tiers 1, 2, 3.A, 3.B, 4.A, 4.B',
    publisher: 'US Department of Commerce, Bureau of Industry and Security, with the EU, Japan and the UK',
    url: CHPL_URL,
    // The BIS page is HTML, not this file: chpl.csv is the project's compilation of its 50 codes and tiers.
    obtainFrom:
      `the project's data-sources folder (chpl.csv: the 50 codes and tiers compiled by the project from ${CHPL_URL}, ` +
      'which publishes the list as a web page, not as a file)',
    licence: 'US Government work (public domain in the US).',
    citation: 'Bureau of Industry and Security, "Common High Priority List" (February 23, 2024).',
    retrieved: '2024-02-23 (date of the list version; codes cross-checked against two independent copies)',
    currency: null,
    frequency: null,
    caveats: [C.hsVersions, C.dualUse],
    files: [
      {
        name: 'chpl.csv',
        root: 'data',
        sha256: '3131e0c330bb7c1a84ade9bafb535df59e5ab1f070cffcbf96125e60d3a5748b',
      },
    ],
    parse: (files) => parseChpl(fileAt(files, 0)),
  }),
  hsNames: defineSource({
    id: SOURCE_IDS.hsNames,
    title: 'HS 2012 product names (Atlas of Economic Complexity classification)',
    publisher: 'Growth Lab at Harvard University',
    url: 'https://atlas.hks.harvard.edu/',
    obtainFrom: `${NAKIB_RAW}/01_raw_data/complexity/classifications/product_hs12.csv`,
    licence: 'Growth Lab data: public use with attribution.',
    citation:
      'The Growth Lab at Harvard University, Atlas of Economic Complexity, HS 2012 product classification.',
    retrieved: '2026-03-02 (date of the repository snapshot the file was copied from)',
    currency: null,
    frequency: null,
    caveats: [C.hs2017Names],
    files: [
      {
        name: 'hs-product-names/product_hs12.csv',
        root: 'data',
        sha256: '0b94f66581ce6c423fadc3ca51785ab9cda6423fabad7098676f00ccf7099be6',
      },
    ],
    parse: (files) => parseHsNames(fileAt(files, 0)),
  }),
  hsClassification: defineSource({
    id: SOURCE_IDS.hsClassification,
    title: 'HS 2022 to HS 2017 Conversion and Correlation Tables, and the UN Comtrade HS 2017 code list (H5)',
    publisher: 'United Nations Statistics Division (UN DESA trade statistics; UN Comtrade)',
    url: 'https://unstats.un.org/unsd/classifications/Econ/tables/HS2022toHS2017ConversionAndCorrelationTables.xlsx',
    obtainFrom:
      'https://github.com/insongkim/concordance/tree/201c812e51f213d967d8701b6ed6398c79df4a04/data-raw ' +
      '(HS2022toHS2017ConversionAndCorrelationTables.xlsx and classificationH5.json, byte for byte)',
    licence: 'United Nations terms of use (attribution: "Source: United Nations Statistics Division").',
    citation:
      'United Nations Statistics Division, "HS 2022 to HS 2017 Conversion and Correlation Tables"; UN Comtrade, ' +
      'HS 2017 (H5) classification; via the R package concordance (I. S. Kim et al.), folder data-raw.',
    retrieved: '2022-11-02 (commit that added the files to the copying repository; unchanged at 2023-01-16)',
    currency: null,
    frequency: null,
    caveats: [C.hsVersions, C.hs2017Names],
    files: [
      {
        name: HS_CORRELATION_WORKBOOK,
        root: 'data',
        sha256: '51709278bc1df0a4aebff6a33339547f519679a9a59d230774f26cb7c56f9f74',
      },
      {
        name: 'hs-classification/classificationH5.json',
        root: 'data',
        sha256: 'ecf9404366a4977edd5cd447801040cd03f76778df119dd5e6db51b478718a56',
      },
    ],
    // The workbook is read asynchronously (read-excel-file) by the build; here its bytes are kept as read.
    parse: (files) => ({ workbook: fileAt(files, 0), hs2017Names: parseComtradeHsNames(fileAt(files, 1)) }),
  }),
  headlines: defineSource({
    id: SOURCE_IDS.headlines,
    title: 'Headline figures published by others, with their attribution',
    publisher: 'Various (press, think tanks, officials); compiled by the project',
    // No single page: every row carries its own URL. A URN keeps the schema's URL rule without a fake link.
    url: 'urn:x-project:data-sources/headline_figures.csv',
    obtainFrom: 'the project’s shared data-sources folder (headline_figures.csv); each row cites its own URL',
    licence: 'Quoted figures; each belongs to the publisher cited in its row.',
    citation: 'See source_as_attributed and url in each row.',
    retrieved: 'various (each figure’s date is in its period and source columns)',
    currency: null,
    frequency: null,
    caveats: [C.headlines],
    // Secondary reports with no origin to download from: a build without them is complete, and says so.
    optional: true,
    files: [
      {
        name: 'headline_figures.csv',
        root: 'data',
        sha256: 'e4f7c28ea25e6f33cac18a999dd88d00524ef2ad4ab2b134b4facf093109c629',
      },
    ],
    parse: (files) => parseHeadlines(fileAt(files, 0)),
  }),
  gaccReportedTotals: defineSource({
    id: SOURCE_IDS.gaccReportedTotals,
    title:
      'China Customs (GACC) year-to-date totals of China-Russia trade, as quoted by the press, 2023 to February 2026',
    publisher:
      'General Administration of Customs of the People’s Republic of China, as quoted by the outlets named per row',
    // GACC's own site (its tables were not available offline: every figure comes from a page quoting it).
    url: 'http://english.customs.gov.cn/',
    obtainFrom:
      'the project’s shared data-sources folder (gacc-reported-totals/gacc_reported_totals.csv, compiled from ' +
      'stored press pages); each row cites the page that quoted the figure',
    licence:
      'Official statistics (facts), re-quoted by the outlets named; attribution to GACC and the outlet.',
    citation:
      'General Administration of Customs of China, monthly trade releases, as quoted by the outlet named in each ' +
      'row (source_as_attributed, url, published).',
    retrieved: 'various (each row’s published date; figures are GACC’s first release)',
    currency: 'USD',
    frequency: null,
    caveats: [C.gaccReported],
    // Like the headline figures: compiled by hand from secondary reports, no origin to download from.
    optional: true,
    files: [
      {
        name: 'gacc-reported-totals/gacc_reported_totals.csv',
        root: 'data',
        sha256: '02968bd78286a48fd40fe65c0d693d720c530f8dbc0fa0b671a96b311577556b',
      },
    ],
    parse: (files) => parseGaccTotals(fileAt(files, 0)),
  }),
  events: defineSource({
    id: SOURCE_IDS.events,
    title: 'Events that matter for reading the charts (curated)',
    publisher: 'This project; each event cites its own source',
    url: `urn:x-project:${EVENTS_FILE}`,
    obtainFrom: `this repository (${EVENTS_FILE})`,
    licence: 'MIT (this project); each event’s source is cited in its row.',
    citation: 'See source_title and source_url in each row.',
    retrieved: 'curated in this repository (see each row’s source)',
    currency: null,
    frequency: null,
    caveats: [C.curatedEvents],
    files: [{ name: EVENTS_FILE, root: 'repo', sha256: null }],
    parse: (files) => parseEvents(fileAt(files, 0)),
  }),
} as const;

export type Registry = typeof REGISTRY;
