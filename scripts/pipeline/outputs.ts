// The list of generated files: what each holds, its rows serialised in schema column order, its sources and caveats.
// The files built from several sources are listed here; a source that writes files from its own data alone (a
// published table, the curated events) lists them in its registry row (scripts/sources/registry.ts, `outputs`).
import { DATA_FILES, SOURCE_IDS as S } from '../../src/data/files';
import {
  chplItem,
  concordanceRow,
  FLOW_COLUMNS,
  partnerRow,
  productRow,
  reconciliationRow,
  type ChplItem,
  type ConcordanceRow,
  type FlowRow,
  type PartnerRow,
  type ProductRow,
  type ReconciliationRow,
} from '../../src/data/schema';
import { PUBLISHED_RULES, type PublishedKind } from '../../src/data/published-tables';
import type { TableRow } from '../../src/data/tables';
import { CAVEAT_IDS as C } from './caveats';
import { writeCsv, type CsvCell } from './csv';
import { splitByChapter } from './flows';
import type { OutputFile } from './manifest';

type Meta = Omit<OutputFile, 'rows' | 'content' | 'path'>;

/** A CSV file of `rows`, its columns in `columns` order (the schema's, see columnsOf). */
export function table<T extends object>(
  path: string,
  columns: readonly string[],
  rows: readonly T[],
  meta: Meta,
): OutputFile {
  const cells = rows as unknown as readonly Record<string, CsvCell>[];
  return { path, ...meta, rows: rows.length, content: writeCsv(columns, cells) };
}

/** A flow file (the tidy schema's columns), keeping its rows for the build's checks and partners.csv. */
export const flows = (path: string, rows: readonly FlowRow[], meta: Omit<Meta, 'kind'>): OutputFile => ({
  ...table(path, FLOW_COLUMNS, rows, { kind: 'flows', ...meta }),
  flowRows: rows,
});

const BACI_CAVEATS = [C.baciBreak, C.annualOnly, C.directOnly, C.baciQuantity];

export interface PipelineData {
  baci: FlowRow[];
  baciChpl: FlowRow[];
  baciTotals: FlowRow[];
  products: ProductRow[];
  chpl: ChplItem[];
  concordance: ConcordanceRow[];
  partners: PartnerRow[];
  reconciliation: ReconciliationRow[];
}

function flowFiles(d: PipelineData): OutputFile[] {
  const chapters = [...splitByChapter(d.baci)].map(([hs2, rows]) =>
    flows(DATA_FILES.baciHs6Chapter(hs2), rows, {
      description: `BACI China<->Russia, every HS6 row of HS2 chapter ${hs2}, both directions, annual, US$.`,
      // Written per chapter, so in each language here (the project's translation), not in text_translations.csv.
      zh: { description: `BACI中国与俄罗斯贸易，HS第${hs2}章的全部HS6数据行，双向，年度，美元。` },
      ru: {
        description: `BACI, торговля Китая и России: все шестизначные строки группы ${hs2} ГС, в обе стороны, годовые, долл. США.`,
      },
      sources: [S.baci, S.hsNames],
      caveats: [...BACI_CAVEATS, C.hs2017Names],
      hs2,
    }),
  );
  return [
    flows(DATA_FILES.baciChpl, d.baciChpl, {
      description:
        'BACI China<->Russia rows for the HS 2017 codes that carry a CHPL tier (see concordance.csv), annual, US$.',
      sources: [S.baci, S.chpl],
      caveats: [...BACI_CAVEATS, C.hsVersions, C.dualUse],
    }),
    flows(DATA_FILES.baciTotals, d.baciTotals, {
      description:
        'Derived: BACI all-goods totals per year and direction (product TOTAL), our sum of every HS6 row; ' +
        'the denominator for CHPL shares.',
      sources: [S.baci],
      caveats: [...BACI_CAVEATS, C.derivedTotals],
    }),
    ...chapters,
  ];
}

/** A table of published figures (src/data/published-tables.ts): its columns are its rules'. */
export function publishedTable<K extends PublishedKind>(
  path: string,
  kind: K,
  rows: readonly TableRow<K>[],
  meta: Omit<Meta, 'kind'>,
): OutputFile {
  return table(path, Object.keys(PUBLISHED_RULES[kind]), rows, { kind, ...meta });
}

/** A row schema's columns, in the order the data contract (src/data/schema.ts) declares them. */
export const columnsOf = (schema: { shape: object }) => Object.keys(schema.shape);

/**
 * Every file, in the manifest's order: BACI's flow files, the sources' own flow files (`own`, from their registry
 * rows), the tables, and the sources' own tables just before the reconciliation (the order earlier builds wrote,
 * so the manifest keeps its bytes).
 */
export function outputFiles(d: PipelineData, own: readonly OutputFile[]): OutputFile[] {
  const ownFlows = own.filter((f) => f.kind === 'flows');
  return [
    ...flowFiles(d),
    ...ownFlows,
    ...tableFiles(
      d,
      ownFlows,
      own.filter((f) => f.kind !== 'flows'),
    ),
  ];
}

function tableFiles(
  d: PipelineData,
  ownFlows: readonly OutputFile[],
  own: readonly OutputFile[],
): OutputFile[] {
  return [
    table(DATA_FILES.products, columnsOf(productRow), d.products, {
      kind: 'products',
      description:
        'Every HS6 code in the BACI data: name, HS4 and HS2 parents, CHPL tier via the concordance.',
      sources: [S.hsNames, S.baci, S.chpl],
      caveats: [C.hs2017Names, C.hsVersions],
    }),
    table(DATA_FILES.chpl, columnsOf(chplItem), d.chpl, {
      kind: 'chpl',
      description:
        'The Common High Priority List: 50 HS 2022 codes with their tiers, and each code’s Chinese and Russian ' +
        'names (name_zh, name_ru) with their source (name_source): "project-translation" marks the project’s ' +
        'translation of the English description, not official tariff wording; a URL names the tariff quoted.',
      sources: [S.chpl],
      caveats: [C.dualUse, C.hsVersions],
    }),
    table(DATA_FILES.concordance, columnsOf(concordanceRow), d.concordance, {
      kind: 'concordance',
      description:
        'How each CHPL HS 2022 code is found in BACI’s HS 2017 data: its HS 2017 code, comparability class ' +
        '(same scope, renumbered, split, HS 2017 line broader), whether it is comparable across the HS change, ' +
        'what HS 2022 carved out of its HS 2017 line, and the reason; derived from UNSD’s correlation workbook ' +
        'with the overrides in scripts/curated/hs_correlation_overrides.csv; the reason and the override also ' +
        'in Chinese and Russian (note_zh, note_ru, override_zh, override_ru: the project’s translation).',
      sources: [S.chpl, S.hsClassification, S.baci],
      caveats: [C.hsVersions],
    }),
    table(DATA_FILES.partners, columnsOf(partnerRow), d.partners, {
      kind: 'partners',
      description:
        'Every exporter/importer code used in a flow file: ISO3, UN M49, name, country or aggregate.',
      sources: [...new Set([S.baci, ...ownFlows.flatMap((f) => f.sources)])],
      caveats: [],
    }),
    ...own,
    table(DATA_FILES.reconciliation, columnsOf(reconciliationRow), d.reconciliation, {
      kind: 'reconciliation',
      description:
        'China’s exports to Russia per year, US$: BACI total, sum of Comtrade months (with month count), IMF ' +
        '(Russia’s imports from China, CIF), and % differences (full Comtrade years only).',
      sources: [S.baci, S.comtrade, S.imf],
      caveats: [C.baciBreak, C.imfEstimates, C.cifFob, C.derivedTotals],
    }),
  ];
}
