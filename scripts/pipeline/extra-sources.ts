// Optional flow sources beside the pinned ones: the monthly CHPL snapshot from `npm run data:update` and files a
// maintainer imported with `npm run data:import`. Each becomes one flow file with its own manifest source, checked
// like every other flow file; when none is present the build is exactly what it was without them.
import {
  FLOW_COLUMNS,
  type Caveat,
  type FlowRow,
  type ManifestSource,
  type SeriesBreak,
} from '../../src/data/schema';
import { writeCsv, type CsvCell } from './csv';
import { PipelineError } from './errors';
import type { OutputFile } from './manifest';
import { assertKnownCodes, assertUniqueFlows } from './validate';

export interface ExtraFlowSource {
  /** Output path under public/data/, e.g. "flows/comtrade_chpl_monthly.csv". */
  path: string;
  description: string;
  rows: FlowRow[];
  source: ManifestSource;
  /** Caveats this source adds to the manifest (texts built from its data, e.g. which months are missing). */
  caveats: Caveat[];
  breaks: SeriesBreak[];
  /** Product codes its rows may use: a fixed set (e.g. the CHPL's HS 2022 codes), or any HS6 code ("any"). */
  products: ReadonlySet<string> | 'any';
}

export interface ExtraSummary {
  caveats: Caveat[];
  breaks: SeriesBreak[];
}

export function extraOutputFile(extra: ExtraFlowSource): OutputFile {
  const cells = extra.rows as unknown as readonly Record<string, CsvCell>[];
  return {
    path: extra.path,
    kind: 'flows',
    description: extra.description,
    sources: [extra.source.id],
    caveats: [...extra.source.caveats],
    rows: extra.rows.length,
    content: writeCsv(FLOW_COLUMNS, cells),
  };
}

/**
 * Same checks as the pinned flow files: unique keys, known partners, and products from the source's own list
 * (the CHPL's HS 2022 codes are not all in BACI's HS 2017 products.csv). "any" accepts every product the schema
 * allows (a reader's file may hold HS6 codes BACI does not), so only partners are checked there.
 */
export function checkExtraFlows(extras: readonly ExtraFlowSource[], partners: ReadonlySet<string>): void {
  const paths = new Set<string>();
  for (const extra of extras) {
    if (paths.has(extra.path)) throw new PipelineError(`${extra.path}: written by two sources`);
    paths.add(extra.path);
    for (const row of extra.rows) {
      if (row.source !== extra.source.id) {
        throw new PipelineError(`${extra.path}: row of source ${row.source}, expected ${extra.source.id}`);
      }
    }
    const allowed = extra.products === 'any' ? new Set(extra.rows.map((r) => r.product)) : extra.products;
    assertUniqueFlows(extra.path, extra.rows);
    assertKnownCodes(extra.path, extra.rows, allowed, partners);
  }
}

export function summariseExtras(extras: readonly ExtraFlowSource[], absent: readonly Caveat[]): ExtraSummary {
  const caveats = new Map([...absent, ...extras.flatMap((e) => e.caveats)].map((c) => [c.id, c]));
  return {
    caveats: [...caveats.values()],
    breaks: extras.flatMap((e) => e.breaks),
  };
}
