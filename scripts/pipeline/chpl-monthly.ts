// The monthly CHPL snapshot (`npm run data:update`, .cache/comtrade/chpl-monthly.json) as an extra flow source:
// read, converted with the update client's own responsesToFlowRows, restricted to the CHPL's HS 2022 codes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DATA_FILES, SOURCE_IDS } from '../../src/data/files';
import type { ChplItem, ConcordanceRow, FlowRow, ManifestSource } from '../../src/data/schema';
import { PARTNERS } from '../update/scope';
import { comtradeSnapshot, type ComtradeSnapshot } from '../update/snapshot';
import { classificationByMonth, responsesToFlowRows } from '../update/to-flow-rows';
import { CAVEAT_IDS } from './caveats';
import {
  basisCaveat,
  CHPL_MONTHLY_CAVEAT_IDS as C,
  editionBreak,
  editionsCaveat,
  unpublishedCaveat,
} from './chpl-monthly-caveats';
import { PipelineError } from './errors';
import type { ExtraFlowSource } from './extra-sources';
import { sortFlows } from './flows';
import { readRegularFile } from './read-file';
import { sha256Hex } from './resolve';

/** Where `npm run data:update` writes its snapshot, relative to the repository root. */
export const CHPL_MONTHLY_SNAPSHOT = '.cache/comtrade/chpl-monthly.json';

const SOURCE = SOURCE_IDS.comtradeChpl;

export interface SnapshotFile {
  /** As named in the manifest: relative to the repository when inside it. */
  name: string;
  sha256: string;
  bytes: number;
  snapshot: ComtradeSnapshot;
}

/** null when there is no snapshot: the build goes on without monthly CHPL data. */
export function readChplSnapshot(file: string, repoRoot: string): SnapshotFile | null {
  if (!existsSync(file)) return null;
  const relative = path.relative(repoRoot, file);
  const name = relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(file) : relative;
  const buffer = readRegularFile(file, `${SOURCE}: ${name}`);
  let json: unknown;
  try {
    json = JSON.parse(buffer.toString('utf8'));
  } catch (error) {
    throw new PipelineError(
      `${SOURCE}: ${name} is not JSON (${(error as Error).message}); rerun npm run data:update`,
    );
  }
  const parsed = comtradeSnapshot.safeParse(json);
  if (!parsed.success) {
    throw new PipelineError(`${SOURCE}: ${name} is not a snapshot: ${z.prettifyError(parsed.error)}`);
  }
  return {
    name: name.split(path.sep).join('/'),
    sha256: sha256Hex(buffer),
    bytes: buffer.length,
    snapshot: parsed.data,
  };
}

function toFlows(snapshot: ComtradeSnapshot, name: string, chplCodes: ReadonlySet<string>): FlowRow[] {
  let rows: FlowRow[];
  try {
    rows = responsesToFlowRows(snapshot.rows);
  } catch (error) {
    throw new PipelineError(`${SOURCE}: ${name}: ${(error as Error).message}`);
  }
  const foreign = [...new Set(rows.map((r) => r.product))].filter((code) => !chplCodes.has(code));
  if (foreign.length > 0)
    throw new PipelineError(
      `${SOURCE}: ${name}: product(s) ${foreign.join(', ')} are not CHPL codes (chpl.csv)`,
    );
  return sortFlows(rows);
}

function partnerList(snapshot: ComtradeSnapshot): string[] {
  const iso3 = new Map(PARTNERS.map((p) => [p.comtradeCode, p.iso3]));
  return snapshot.partners.map((code) => iso3.get(code) ?? String(code));
}

function manifestSource(file: SnapshotFile, caveats: string[]): ManifestSource {
  const s = file.snapshot;
  const request =
    `${s.endpoint} endpoint, reporterCode=${s.reporterCode}, flowCode=${s.flowCode}, freq M, ` +
    `cmdCode = ${s.cmdCodes.length} CHPL codes, partnerCode=${s.partners.join(',')}, period ${s.from}..${s.to}`;
  return {
    id: SOURCE,
    title: `UN Comtrade: China-reported monthly exports of the CHPL codes (HS6), ${s.from} to ${s.to}`,
    publisher:
      'United Nations Statistics Division (UN Comtrade); reported by China’s General Administration of Customs',
    url: 'https://comtradeplus.un.org/',
    licence: 'UN Comtrade terms of use (attribution to UN Comtrade).',
    citation:
      `United Nations, UN Comtrade Database, API v1: reporter China (156), exports, monthly, ${s.cmdCodes.length} ` +
      `CHPL HS6 codes, partners ${partnerList(s).join(', ')}.`,
    retrieved: `${s.retrieved} (API request: ${request})`,
    currency: 'USD',
    frequency: 'M',
    rawFiles: [{ name: file.name, sha256: file.sha256, bytes: file.bytes }],
    caveats,
  };
}

export function chplMonthlySource(
  file: SnapshotFile,
  chpl: readonly ChplItem[],
  concordance: readonly ConcordanceRow[],
): ExtraFlowSource {
  const s = file.snapshot;
  const rows = toFlows(s, file.name, new Set(chpl.map((c) => c.hs6_2022)));
  const classification = classificationByMonth(s.rows);
  const caveats = [
    basisCaveat(partnerList(s)),
    editionsCaveat(classification, concordance),
    unpublishedCaveat(s.from, s.to, s.emptyMonths),
  ];
  return {
    path: DATA_FILES.comtradeChplMonthly,
    description:
      'UN Comtrade, China-reported monthly exports of the CHPL codes (HS 2022 six-digit codes as China reported ' +
      `them) to ${partnerList(s).join(', ')}, ${s.from} to ${s.to}, US$ (FOB), net weight in tonnes.`,
    rows,
    source: manifestSource(file, [C.basis, C.editions, C.unpublished, CAVEAT_IDS.dualUse]),
    caveats,
    breaks: editionBreak(classification),
    products: new Set(chpl.map((c) => c.hs6_2022)),
  };
}
