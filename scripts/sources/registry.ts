// Every raw source the pipeline reads: where it comes from, its terms, its pinned files and its parser.
// Raw files are resolved in DATA_MIRROR, else ../shared/data-sources/ (names below are relative to that dir).
import { DATA_FILES, SOURCE_IDS } from '../../src/data/files';
import { eventRow, type Caveat, type Currency, type Frequency } from '../../src/data/schema';
import { CAVEAT_IDS as C } from '../pipeline/caveats';
import { PipelineError } from '../pipeline/errors';
import {
  parseTranslations,
  translateEvents,
  translateHeadlines,
  TRANSLATIONS_FILE,
} from '../pipeline/translations';
import type { OutputFile } from '../pipeline/manifest';
import { sortFlows } from '../pipeline/flows';
import { columnsOf, flows, publishedTable, table } from '../pipeline/outputs';
import type { RawFile } from '../pipeline/resolve';
import { parseBaci } from '../parsers/baci';
import { CHPL_NAMES_FILE, parseChpl } from '../parsers/chpl';
import { parseComtrade } from '../parsers/comtrade';
import { parseEurostat } from '../parsers/eurostat';
import { parseEvents } from '../parsers/events';
import { parseGaccTotals } from '../parsers/gacc';
import { parseHeadlines } from '../parsers/headlines';
import { parseComtradeHsNames } from '../parsers/hs-correlation';
import { parseHsNames } from '../parsers/hs-names';
import { parseImf } from '../parsers/imf';
import { BACI_EXPECTED, CONCORDANCE_RAW, IMF_QUERY, NAKIB_RAW_FILES, type DownloadRecipe } from './downloads';

/**
 * A raw file, relative to the data dir ("data": third-party or hand-compiled files, each with how
 * `npm run data -- --download` obtains it) or to the repository root ("repo": our own curated files).
 */
export type RawFileSpec =
  | {
      name: string;
      root: 'data';
      /** Pinned sha256 of the bytes we built against. */
      sha256: string;
      download: DownloadRecipe;
    }
  | {
      name: string;
      root: 'repo';
      /** null: our curated files change with the repository, so they are hashed but not pinned. */
      sha256: null;
    };

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
  /**
   * The caveats that apply to the source: ids of the shared ones (scripts/pipeline/caveats.ts), or whole caveats
   * (id, title, text) only this source has, whose texts the manifest lists when the source is in the build.
   */
  caveats: readonly (string | Caveat)[];
  files: readonly RawFileSpec[];
  parse: (files: readonly RawFile[]) => T;
  /**
   * The files the source writes from its own data alone (a published table, the curated events). Files built
   * from several sources (products, partners, the concordance, BACI's splits, the reconciliation) are built by
   * scripts/pipeline/build.ts from the sources it names.
   */
  // A method, so that a row's own data type (T) still fits the registry's list of every source (SOURCES).
  outputs?(data: T): OutputFile[];
  /**
   * Set for an optional source, which may be missing from the raw files (e.g. in a build from origin): the
   * build goes on without its output files and lists this caveat instead (see scripts/pipeline/optional.ts).
   * Present, it is verified like any other.
   */
  absent?: Caveat;
}

function fileAt(files: readonly RawFile[], index: number): RawFile {
  const file = files[index];
  if (!file) throw new PipelineError(`internal: parser expected raw file #${index + 1}`);
  return file;
}

function defineSource<T>(spec: SourceSpec<T>): SourceSpec<T> {
  return spec;
}

/** An optional source: its row keeps its `absent` caveat in its type. */
function defineOptionalSource<T>(
  spec: SourceSpec<T> & { absent: Caveat },
): SourceSpec<T> & { absent: Caveat } {
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
        download: {
          method: 'baci-zip',
          url: 'https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS17_V202501.zip',
          release: 'V202501',
          expected: BACI_EXPECTED,
        },
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
        download: { method: 'comtrade-totals', part: 'panel', from: '2017-01', to: '2024-12' },
      },
      {
        name: 'comtrade-china-russia-monthly-totals/comtrade_imports_chn_from_rus_2017_2024.csv',
        root: 'data',
        sha256: '6ef05b7961dd62adcccd01f843d595cb68662d0409c798da92f72d3bb1b8564b',
        download: { method: 'comtrade-totals', part: 'imports', from: '2017-01', to: '2024-12' },
      },
    ],
    parse: (files) => parseComtrade(fileAt(files, 0), fileAt(files, 1)),
    outputs: (rows) => [
      flows(DATA_FILES.comtradeMonthlyTotals, sortFlows(rows), {
        description:
          'UN Comtrade, China-reported monthly trade with Russia, all goods (TOTAL): CHN->RUS China’s exports, ' +
          'RUS->CHN China’s imports, US$.',
        sources: [SOURCE_IDS.comtrade],
        caveats: [C.comtradeTotals, C.directOnly],
      }),
    ],
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
        download: { method: 'imf-sdmx', url: IMF_QUERY },
      },
    ],
    parse: (files) => parseImf(fileAt(files, 0)),
    outputs: (imf) => [
      flows(DATA_FILES.imfRussiaPartners, sortFlows(imf.rows), {
        description:
          'IMF IMTS, Russia’s annual goods trade with every partner and aggregate (imports CIF: partner->RUS; ' +
          'exports FOB: RUS->partner), US$.',
        sources: [SOURCE_IDS.imf],
        caveats: [C.imfEstimates, C.cifFob],
      }),
    ],
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
        download: {
          method: 'xlsx-sheet',
          url: 'https://raw.githubusercontent.com/vzemlys/ruimpeks/4a0d83fb826111d173fcdd66bdf31cd3fecb862b/xlsx/eu_export_sanctioned.xlsx',
          sha256: 'de379aecf805ca5ed09ae72a76f75ee7e315d88233009bc67145e58a1c6e92ce',
          columns: {
            partner: 'partner',
            reporter: 'reporter_eu_member',
            month: 'month',
            sanctioned_export: 'sanctioned_export_eur',
          },
        },
      },
    ],
    parse: (files) => parseEurostat(fileAt(files, 0)),
    outputs: (rows) => [
      flows(DATA_FILES.eurostatEuSanctioned, sortFlows(rows), {
        description:
          'Eurostat Comext, EU-27 members’ monthly exports of EU-sanctioned goods (product EU-SANCTIONED) to ' +
          'Russia and six neighbours, EUR.',
        sources: [SOURCE_IDS.eurostat],
        caveats: [C.eurostat],
      }),
    ],
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
        download: {
          method: 'manual',
          // No parser is written against the page: its HTML layout was not available to check one against, and
          // a guessed one could misread a code or a tier. The list is 50 lines; the project's copy is pinned.
          reason:
            'BIS publishes the Common High Priority List as a web page ' +
            '(https://www.bis.gov/licensing/country-guidance/common-high-priority-items-list-chpl), not as a file; ' +
            'chpl.csv is the project’s compilation of its 50 HS6 codes and their tiers (cross-checked against two ' +
            'copies; descriptions in our own words), so no origin produces it',
        },
      },
      // The Chinese and Russian names of the 50 codes, curated in this repository with their source
      // (name_source: the project's translation unless a national tariff's wording is quoted; CHPL_NAMES.md).
      { name: CHPL_NAMES_FILE, root: 'repo', sha256: null },
    ],
    parse: (files) => parseChpl(fileAt(files, 0), fileAt(files, 1)),
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
        download: {
          method: 'copy',
          url: `${NAKIB_RAW_FILES}/01_raw_data/complexity/classifications/product_hs12.csv`,
        },
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
        download: {
          method: 'copy',
          // The copies in the R package concordance are byte-identical to UNSD's and UN Comtrade's files
          // (PROVENANCE.md).
          url: `${CONCORDANCE_RAW}/HS2022toHS2017ConversionAndCorrelationTables.xlsx`,
        },
      },
      {
        name: 'hs-classification/classificationH5.json',
        root: 'data',
        sha256: 'ecf9404366a4977edd5cd447801040cd03f76778df119dd5e6db51b478718a56',
        download: { method: 'copy', url: `${CONCORDANCE_RAW}/classificationH5.json` },
      },
    ],
    // The workbook is read asynchronously (read-excel-file) by the build; here its bytes are kept as read.
    parse: (files) => ({ workbook: fileAt(files, 0), hs2017Names: parseComtradeHsNames(fileAt(files, 1)) }),
  }),
  headlines: defineOptionalSource({
    id: SOURCE_IDS.headlineFigures,
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
    absent: {
      id: 'headline-figures-absent',
      title: 'Headline figures not included in this build',
      text:
        'Headline figures (numbers published by press, think tanks and officials) are not included in this ' +
        'build: they are compiled by hand from secondary reports and have no origin to download. The charts draw ' +
        'no published reference marks and the text cites no published figure; nothing stands in their place.',
    },
    files: [
      {
        name: 'headline_figures.csv',
        root: 'data',
        sha256: 'e4f7c28ea25e6f33cac18a999dd88d00524ef2ad4ab2b134b4facf093109c629',
        download: {
          method: 'manual',
          reason:
            'compiled by the project from press and think-tank reports (each row cites its URL); optional: the ' +
            'build goes on without it',
        },
      },
      // The claims' Chinese and Russian words, the project's translation (scripts/pipeline/translations.ts).
      { name: TRANSLATIONS_FILE, root: 'repo', sha256: null },
    ],
    parse: (files) =>
      translateHeadlines(parseHeadlines(fileAt(files, 0)), parseTranslations(fileAt(files, 1))),
    outputs: (rows) => [
      publishedTable(DATA_FILES.headlineFigures, 'headlines', rows, {
        description:
          'Figures published by others, kept with their attribution (secondary reports, not our data); claim_zh ' +
          'and claim_ru are the project’s Chinese and Russian translations of claim (empty where the current ' +
          'English has none).',
        sources: [SOURCE_IDS.headlineFigures],
        caveats: [C.headlines],
      }),
    ],
  }),
  gaccReportedTotals: defineOptionalSource({
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
    absent: {
      id: 'gacc-reported-totals-absent',
      title: 'China Customs’ year-to-date totals not included in this build',
      text:
        'China Customs’ year-to-date totals as quoted by the press are not included in this build: they are ' +
        'compiled by hand from news reports and have no origin to download. The monthly totals chart draws no ' +
        'published marks and the story quotes no figure after the last month of the monthly data; nothing ' +
        'stands in their place.',
    },
    files: [
      {
        name: 'gacc-reported-totals/gacc_reported_totals.csv',
        root: 'data',
        sha256: '02968bd78286a48fd40fe65c0d693d720c530f8dbc0fa0b671a96b311577556b',
        download: {
          method: 'manual',
          reason:
            'compiled by the project from press reports quoting China Customs (each row cites its URL); GACC’s ' +
            'own tables were not available offline; optional: the build goes on without it',
        },
      },
    ],
    parse: (files) => parseGaccTotals(fileAt(files, 0)),
    outputs: (rows) => [
      publishedTable(DATA_FILES.gaccReportedTotals, 'published-totals', rows, {
        description:
          'China Customs (GACC) year-to-date totals of China-Russia trade, US$ billion, as quoted by the press: ' +
          'each row with the outlet that quoted it and its page (published figures, not our data).',
        sources: [SOURCE_IDS.gaccReportedTotals],
        caveats: [C.gaccReported],
      }),
    ],
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
    // The events, and the Chinese and Russian words of their labels (also of the caveats and breaks, which the
    // build reads from the same file: scripts/pipeline/translations.ts).
    files: [
      { name: EVENTS_FILE, root: 'repo', sha256: null },
      { name: TRANSLATIONS_FILE, root: 'repo', sha256: null },
    ],
    parse: (files) => translateEvents(parseEvents(fileAt(files, 0)), parseTranslations(fileAt(files, 1))),
    outputs: (rows) => [
      table(DATA_FILES.events, columnsOf(eventRow), rows, {
        kind: 'events',
        description:
          'Dated events for chart annotations, each with its source; label_zh, label_ru, short_label_zh and ' +
          'short_label_ru are the project’s Chinese and Russian translations of label and short_label (empty ' +
          'where the current English has none).',
        sources: [SOURCE_IDS.events],
        caveats: [C.curatedEvents],
      }),
    ],
  }),
} as const;

export type Registry = typeof REGISTRY;

/** Every registered source, in registry order (the order of the manifest's sources). */
export const SOURCES: readonly SourceSpec<unknown>[] = Object.values(REGISTRY);

/** How `npm run data -- --download` obtains each raw file, keyed by the registry's raw file name. */
export const DOWNLOADS: Readonly<Record<string, DownloadRecipe>> = Object.fromEntries(
  SOURCES.flatMap((spec) => spec.files.flatMap((f) => (f.root === 'data' ? [[f.name, f.download]] : []))),
);
