// buildData: raw sources -> validated tidy files + manifest in outDir, written atomically.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod/mini';
import {
  partnerRow,
  productRow,
  reconciliationRow,
  type FlowRow,
  type Manifest,
  type ReconciliationRow,
} from '../../src/data/schema';
import { parseHsCorrelationWorkbook } from '../parsers/hs-correlation';
import { EVENTS_FILE, REGISTRY, SOURCES, type SourceSpec } from '../sources/registry';
import { writeAtomically } from './atomic';
import { parseCsv, readRecords } from './csv';
import { PipelineError } from './errors';
import { checkExtraFlows, extraOutputFile, summariseExtras } from './extra-sources';
import { selectProducts, sortFlows, sumToTotals } from './flows';
import { loadSource, readCurated, type Loaded, type LoadOptions } from './load';
import { loadExtras } from './load-extras';
import { loadOptionalSource } from './optional';
import { deriveChplRelation, hsRelationCaveatTexts, OVERRIDES_FILE, parseOverrides } from './hs-correlation';
import { buildManifest, describeFile, describeSource, ownCaveats, type OutputFile } from './manifest';
import { outputFiles, type PipelineData } from './outputs';
import { buildPartners } from './partners';
import { CAVEAT_IDS, hs2017NamesTexts } from './caveats';
import { buildProducts, chplLinks } from './products';
import { buildReconciliation, formatReconciliation } from './reconcile';
import { REPO_ROOT, sha256Hex, type RawFile } from './resolve';
import { parseTranslations, TRANSLATIONS_FILE, type TextTranslation } from './translations';
import { assertKnownCodes, assertUniqueFlows } from './validate';

export const NEW_HEADINGS_FILE = 'scripts/curated/hs2017_new_headings.csv';

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  log?: (message: string) => void;
  repoRoot?: string;
  /** Path of the curated events file (default: <repo>/scripts/curated/events.csv). */
  eventsFile?: string;
  /** Tests: replace pinned sha256 values, keyed by raw file name (e.g. to accept a deliberately corrupted copy). */
  expectedSha256?: Readonly<Record<string, string>>;
  now?: Date;
  /** The `npm run data:update` snapshot to build in, if the file exists (the CLI passes the default path). */
  chplMonthlySnapshot?: string;
  /** The `npm run data:import` folder to build in, if it exists (the CLI passes <repo>/data-imports). */
  importsDir?: string;
  /** Per raw file name, where to read it instead (`--download` reads some from a local copy, some from the cache). */
  rawPaths?: Readonly<Record<string, string>>;
  /** Where builds live (outDir becomes a link to one); default beside outDir. The CLI passes <repo>/.data-builds. */
  buildsDir?: string;
  /** Earlier data versions a deployment gives the build to keep serving (see versions.ts). */
  versionsFrom?: readonly string[];
}

export interface BuildResult {
  outDir: string;
  manifest: Manifest;
  reconciliation: ReconciliationRow[];
}

function validateAll<S extends z.ZodMiniType>(
  schema: S,
  rows: readonly unknown[],
  file: string,
): z.infer<S>[] {
  return rows.map((row, i) => {
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    throw new PipelineError(
      `${file}: output row ${i + 1}, column ${String(issue?.path[0])}: ${issue?.message}`,
    );
  });
}

function readNewHeadings(opts: LoadOptions): Map<string, string> {
  const raw = readCurated(NEW_HEADINGS_FILE, 'hs-names', opts);
  const records = readRecords(parseCsv(raw.text), ['hs4', 'name'], { source: raw.source, file: raw.name });
  return new Map(records.map(({ get }) => [get('hs4').trim(), get('name').trim()]));
}

interface OwnSource {
  spec: SourceSpec<unknown>;
  /** null: an optional source absent from this build. */
  loaded: Loaded<unknown> | null;
}

/**
 * The sources that write their own files (registry rows with `outputs`; a step below may read one too, see
 * ownLoaded): the required ones, then the optional ones, in registry order (their files' order in the manifest).
 */
function loadOwnSources(opts: LoadOptions): OwnSource[] {
  const own = SOURCES.filter((spec) => spec.outputs !== undefined);
  return [...own.filter((spec) => !spec.absent), ...own.filter((spec) => spec.absent)].map((spec) => ({
    spec,
    loaded: spec.absent ? loadOptionalSource(spec, opts) : loadSource(spec, opts),
  }));
}

function ownFiles(own: readonly OwnSource[]): OutputFile[] {
  return own.flatMap(({ spec, loaded }) => (loaded ? (spec.outputs?.(loaded.data) ?? []) : []));
}

/** A required source that writes its own files and that a step below reads too (e.g. the IMF's partner names). */
function ownLoaded<T>(own: readonly OwnSource[], spec: SourceSpec<T>): Loaded<T> {
  const loaded = own.find((o) => o.spec === spec)?.loaded;
  if (!loaded) throw new PipelineError(`internal: ${spec.id} is not loaded`);
  // Its own parse made this data: the spec's type is the data's.
  return loaded as Loaded<T>;
}

/**
 * Every source, once: those that write their own files (all small), then those the steps below read by name to
 * build files from several sources. Small inputs first, so a broken events file, workbook or override list fails
 * before the big parses.
 */
async function loadAll(opts: LoadOptions) {
  const own = loadOwnSources(opts);
  const chpl = loadSource(REGISTRY.chpl, opts);
  const hsClassification = loadSource(REGISTRY.hsClassification, opts);
  const workbook = await parseHsCorrelationWorkbook(hsClassification.data.workbook);
  const overrides = parseOverrides(readCurated(OVERRIDES_FILE, REGISTRY.hsClassification.id, opts), workbook);
  const translations = parseTranslations(readCurated(TRANSLATIONS_FILE, REGISTRY.events.id, opts));
  const concordance = deriveChplRelation(chpl.data, workbook, overrides, translations);
  return {
    own,
    translations,
    chpl,
    hsClassification,
    concordance,
    newHeadings: readNewHeadings(opts),
    baci: loadSource(REGISTRY.baci, opts),
    comtrade: ownLoaded(own, REGISTRY.comtrade),
    imf: ownLoaded(own, REGISTRY.imf),
    hsNames: loadSource(REGISTRY.hsNames, opts),
  };
}

type Sources = Awaited<ReturnType<typeof loadAll>>;

/**
 * own: the files the sources write themselves; extraFlows: rows of the optional flow sources. Both feed
 * partners.csv, so it lists their partners too.
 */
function assemble(
  s: Sources,
  own: readonly OutputFile[],
  extraFlows: readonly FlowRow[],
  translations: readonly TextTranslation[],
): PipelineData {
  const baci = sortFlows(s.baci.data);
  const chplHs2017 = new Set(chplLinks(s.concordance).keys());
  const products = buildProducts(
    baci.map((r) => r.product),
    { ...s.hsNames.data, hs2017: s.hsClassification.data.hs2017Names },
    s.newHeadings,
    s.concordance,
  );
  const baciTotals = sumToTotals(baci);
  const comtrade = sortFlows(s.comtrade.data);
  const imf = sortFlows(s.imf.data.rows);
  const allFlows: FlowRow[] = [...baci, ...own.flatMap((f) => f.flowRows ?? []), ...extraFlows];
  return {
    baci,
    baciChpl: selectProducts(baci, chplHs2017),
    baciTotals,
    products: validateAll(productRow, products, 'products.csv'),
    chpl: s.chpl.data,
    concordance: s.concordance,
    partners: validateAll(
      partnerRow,
      buildPartners(allFlows, s.imf.data.partnerNames, translations),
      'partners.csv',
    ),
    reconciliation: validateAll(
      reconciliationRow,
      buildReconciliation(baciTotals, comtrade, imf),
      'reconciliation.csv',
    ),
  };
}

function checkFlows(d: PipelineData, own: readonly OutputFile[]): void {
  const products = new Set(d.products.map((p) => p.hs6));
  const partners = new Set(d.partners.map((p) => p.code));
  const files: (readonly [string, readonly FlowRow[]])[] = [
    ['baci', d.baci],
    ['baci_totals', d.baciTotals],
    ...own.flatMap((f) => (f.flowRows ? [[f.path, f.flowRows] as const] : [])),
  ];
  for (const [name, rows] of files) {
    assertUniqueFlows(name, rows);
    assertKnownCodes(name, rows, products, partners);
  }
  const unmatched = d.concordance.filter((c) => !products.has(c.hs6_2017));
  if (unmatched.length > 0) {
    throw new PipelineError(
      `concordance: HS 2017 code(s) ${unmatched.map((c) => c.hs6_2017).join(', ')} not in BACI`,
    );
  }
}

/** HS 2017 CHPL lines with no China -> Russia BACI row in some year BACI covers (missing, not zero). */
function missingChplYears(d: PipelineData): { hs6: string; years: string[] }[] {
  const chinaToRussia = d.baciChpl.filter((r) => r.exporter === 'CHN' && r.importer === 'RUS');
  const years = [...new Set(d.baci.map((r) => r.period))].sort();
  return [...new Set(d.concordance.map((c) => c.hs6_2017))]
    .map((hs6) => ({
      hs6,
      years: years.filter((y) => !chinaToRussia.some((r) => r.product === hs6 && r.period === y)),
    }))
    .filter((m) => m.years.length > 0);
}

/** The raw files of every source in this build, in registry order (the manifest's order of sources). */
function presentSources(s: Sources): Map<SourceSpec<unknown>, RawFile[]> {
  const raw = new Map<string, RawFile[]>([
    ...s.own.flatMap(({ spec, loaded }) => (loaded ? [[spec.id, loaded.raw] as const] : [])),
    [REGISTRY.baci.id, s.baci.raw],
    [REGISTRY.chpl.id, s.chpl.raw],
    [REGISTRY.hsNames.id, s.hsNames.raw],
    [REGISTRY.hsClassification.id, s.hsClassification.raw],
  ]);
  return new Map(
    SOURCES.flatMap((spec) => (raw.has(spec.id) ? [[spec, raw.get(spec.id) ?? []] as const] : [])),
  );
}

/** After writing: every file on disk must hash to what the manifest says. */
function checkWritten(dir: string, manifest: Manifest): void {
  for (const file of manifest.files) {
    const actual = sha256Hex(readFileSync(path.join(dir, ...file.path.split('/'))));
    if (actual !== file.sha256)
      throw new PipelineError(`write check: ${file.path} hashes to ${actual}, not ${file.sha256}`);
  }
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => undefined);
  const repoRoot = options.repoRoot ?? REPO_ROOT;
  const loadOptions: LoadOptions = {
    dataDir: options.dataDir,
    repoRoot,
    pathOverrides: {
      ...options.rawPaths,
      ...(options.eventsFile ? { [EVENTS_FILE]: options.eventsFile } : {}),
    },
    expectedSha256: options.expectedSha256 ?? {},
  };
  log(`Reading raw sources from ${options.dataDir}`);
  const sources = await loadAll(loadOptions);
  const extras = loadExtras({ ...options, repoRoot, log }, sources.chpl.data, sources.concordance);
  const own = ownFiles(sources.own);
  const data = assemble(
    sources,
    own,
    extras.sources.flatMap((e) => e.rows),
    sources.translations,
  );
  checkFlows(data, own);
  checkExtraFlows(extras.sources, new Set(data.partners.map((p) => p.code)));
  const files = [...outputFiles(data, own), ...extras.sources.map(extraOutputFile)];
  const described = files.map(describeFile);
  const present = presentSources(sources);
  const absent = SOURCES.flatMap((spec) => (spec.absent && !present.has(spec) ? [spec.absent] : []));
  const summary = summariseExtras(extras.sources, [...extras.absent, ...absent]);
  const manifest = buildManifest(
    described,
    [...[...present].map(([spec, raw]) => describeSource(spec, raw)), ...extras.sources.map((e) => e.source)],
    options.now ?? new Date(),
    { ...summary, caveats: [...[...present.keys()].flatMap(ownCaveats), ...summary.caveats] },
    {
      [CAVEAT_IDS.hsVersions]: hsRelationCaveatTexts(data.concordance, missingChplYears(data)),
      [CAVEAT_IDS.hs2017Names]: hs2017NamesTexts(data.products),
    },
    sources.translations,
  );
  const contents = [...files, { path: 'manifest.json', content: JSON.stringify(manifest, null, 2) + '\n' }];
  writeAtomically(options.outDir, contents, (dir) => checkWritten(dir, manifest), {
    buildsDir: options.buildsDir,
    versionsFrom: options.versionsFrom,
  });
  log(
    `Wrote ${files.length} files (${data.baci.length} BACI rows) to ${options.outDir}, dataVersion ${manifest.dataVersion}`,
  );
  log(formatReconciliation(data.reconciliation));
  return { outDir: options.outDir, manifest, reconciliation: data.reconciliation };
}
