// `npm run data -- --download`: gets every raw file of the registry, from a local copy when it has the file
// (DATA_MIRROR or ../shared/data-sources, read in place), else from its origin into a cache dir (.cache/raw/,
// gitignored), verifies it, and returns where each file is plus the sha256 of every file that was rebuilt rather
// than copied (the build accepts those instead of the pins). Files already in the cache and verified are not
// fetched again; a report (downloads.json) records what came from where. Files with no origin (chpl.csv) must be
// provided; an optional source's (headline_figures.csv) absence is reported and the build goes on without it.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256Hex, type RawFile } from '../pipeline/resolve';
import type { DownloadRecipe, ObtainedBy } from '../sources/downloads';
import { DOWNLOADS, SOURCES, type SourceSpec } from '../sources/registry';
import { filterBaciZip } from './baci-zip';
import {
  checkMonths,
  fetchComtradeTotals,
  IMPORT_COLUMNS,
  importsCsv,
  panelCsv,
  type TotalsRow,
} from './comtrade-totals';
import { DownloadError, getBytes, getResponse, type FetchFn } from './http';
import { IMF_SDMX_ACCEPT, imfSdmxToWide } from './imf-sdmx';
import { checkRows, type Verification } from './verify';
import { xlsxSheetToCsv } from './xlsx-sheet';

export const RAW_CACHE_DIR = '.cache/raw';
const REPORT = 'downloads.json';

export interface DownloadOptions {
  cacheDir: string;
  fetch: FetchFn;
  log: (message: string) => void;
  env?: NodeJS.ProcessEnv;
  /** A local copy (DATA_MIRROR, else ../shared/data-sources): files found there are read in place, not fetched. */
  localDir?: string | null;
  /** Tests: other recipes and pins (keyed by raw file name), and no pause between Comtrade requests. */
  recipes?: Readonly<Record<string, DownloadRecipe>>;
  pins?: Readonly<Record<string, string>>;
  comtradeIntervalMs?: number;
  now?: () => Date;
}

export interface FileReport {
  name: string;
  method: ObtainedBy;
  origin: string;
  sha256: string;
  bytes: number;
  verified: Verification;
  downloadedAt: string;
}

export interface DownloadOutcome {
  dataDir: string;
  /** Raw file name -> sha256, for files verified row by row (the build accepts them instead of the pin). */
  expectedSha256: Record<string, string>;
  /** Raw file name -> where the build reads it (the local copy or the cache); absent optional files are not here. */
  paths: Record<string, string>;
  files: FileReport[];
}

interface RunContext extends DownloadOptions {
  recipes: Readonly<Record<string, DownloadRecipe>>;
  previous: Map<string, FileReport>;
  comtrade: Promise<TotalsRow[]> | null;
}

function originOf(recipe: DownloadRecipe, env: NodeJS.ProcessEnv): string {
  if (recipe.method === 'comtrade-totals')
    return `UN Comtrade API (${env.COMTRADE_API_KEY ? 'keyed' : 'preview'})`;
  return recipe.method === 'manual' ? 'none (compiled by the project)' : recipe.url;
}

function comtradeRows(ctx: RunContext, recipe: Extract<DownloadRecipe, { method: 'comtrade-totals' }>) {
  const env = ctx.env ?? process.env;
  ctx.comtrade ??= fetchComtradeTotals({
    fetch: ctx.fetch,
    from: recipe.from,
    to: recipe.to,
    apiKey: env.COMTRADE_API_KEY?.trim() || null,
    ...(env.COMTRADE_BASE_URL ? { baseUrl: env.COMTRADE_BASE_URL } : {}),
    ...(ctx.comtradeIntervalMs === undefined ? {} : { intervalMs: ctx.comtradeIntervalMs }),
    log: ctx.log,
  }).then((rows) => {
    checkMonths(rows, recipe.from, recipe.to);
    return rows;
  });
  return ctx.comtrade;
}

async function fetchFile(name: string, recipe: DownloadRecipe, ctx: RunContext): Promise<Buffer> {
  const http = { fetch: ctx.fetch };
  switch (recipe.method) {
    case 'copy':
      return getBytes(recipe.url, http);
    case 'baci-zip': {
      const response = await getResponse(recipe.url, http);
      if (!response.body) throw new DownloadError(`${recipe.url}: empty body`);
      return Buffer.from((await filterBaciZip(response.body, recipe.release, ctx.log)).csv);
    }
    case 'comtrade-totals': {
      const rows = await comtradeRows(ctx, recipe);
      return Buffer.from(recipe.part === 'panel' ? panelCsv(rows) : importsCsv(rows, IMPORT_COLUMNS));
    }
    case 'imf-sdmx':
      return Buffer.from(
        imfSdmxToWide(
          (await getBytes(recipe.url, { ...http, headers: { Accept: IMF_SDMX_ACCEPT } })).toString('utf8'),
        ),
      );
    case 'xlsx-sheet': {
      const xlsx = await getBytes(recipe.url, http);
      if (sha256Hex(xlsx) !== recipe.sha256)
        throw new DownloadError(`${recipe.url}: sha256 ${sha256Hex(xlsx)}, expected ${recipe.sha256}`);
      return Buffer.from(xlsxSheetToCsv(new Uint8Array(xlsx), recipe.columns));
    }
    case 'manual':
      throw new DownloadError(`${name} cannot be downloaded: ${recipe.reason}`);
  }
}

function writeAtomic(file: string, bytes: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
}

/** A cached file is reused if it is the pinned copy, or the very file a past run verified row by row. */
function reusable(file: string, name: string, pin: string | null, ctx: RunContext): Buffer | null {
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  const sha = sha256Hex(bytes);
  return sha === pin || ctx.previous.get(name)?.sha256 === sha ? bytes : null;
}

function toRaw(spec: SourceSpec<unknown>, name: string, file: string, bytes: Buffer): RawFile {
  return {
    source: spec.id,
    name,
    path: file,
    text: bytes.toString('utf8'),
    sha256: sha256Hex(bytes),
    bytes: bytes.length,
  };
}

/** A file of the local copy, read in place: it must be the pinned copy (the build checks that too, later). */
function localFile(
  name: string,
  pin: string | null,
  ctx: RunContext,
): { path: string; bytes: Buffer } | null {
  if (!ctx.localDir) return null;
  const file = path.join(ctx.localDir, name);
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  if (pin !== null && sha256Hex(bytes) !== pin)
    throw new DownloadError(
      `${name} in the local copy (${file}) has sha256 ${sha256Hex(bytes)}, not the pinned ${pin}: ` +
        'replace it with the pinned copy, or remove it to download it from its origin.',
    );
  return { path: file, bytes };
}

/** Why a file with no origin stops the build, and exactly where to put it. */
function provideMessage(
  name: string,
  recipe: { reason: string },
  pin: string | null,
  ctx: RunContext,
): string {
  const cached = path.join(ctx.cacheDir, name);
  const where = ctx.localDir
    ? `put it at ${path.join(ctx.localDir, name)} (your local copy) or at ${cached}`
    : `put it in a folder and set DATA_MIRROR to that folder (files found there are used, the rest is ` +
      `downloaded), or put it at ${cached}`;
  const pinned = pin ? ` (sha256 ${pin})` : '';
  return `${name}: ${recipe.reason}. Provide the project's copy${pinned}: ${where}.`;
}

async function downloadSource(
  spec: SourceSpec<unknown>,
  ctx: RunContext,
  missing: string[],
  paths: Record<string, string>,
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  const raw: RawFile[] = [];
  const dataFiles = spec.files.filter((f) => f.root === 'data');
  for (const file of dataFiles) {
    const recipe = ctx.recipes[file.name];
    if (!recipe) throw new DownloadError(`${spec.id}: no download recipe for ${file.name}`);
    const pin = ctx.pins?.[file.name] ?? file.sha256;
    const local = localFile(file.name, pin, ctx);
    let target = local?.path ?? path.join(ctx.cacheDir, file.name);
    let bytes = local?.bytes ?? reusable(target, file.name, pin, ctx);
    if (bytes === null && recipe.method === 'manual') {
      if (spec.absent) ctx.log(`  ${file.name}: not included (${recipe.reason})`);
      else missing.push(provideMessage(file.name, recipe, pin, ctx));
      continue;
    }
    if (bytes === null) {
      ctx.log(`Downloading ${file.name} (${recipe.method}) from ${originOf(recipe, ctx.env ?? process.env)}`);
      bytes = await fetchFile(file.name, recipe, ctx);
      if (recipe.method === 'copy' && sha256Hex(bytes) !== pin)
        throw new DownloadError(`${file.name}: sha256 ${sha256Hex(bytes)} differs from the pinned ${pin}`);
      target = path.join(ctx.cacheDir, file.name);
      writeAtomic(target, bytes);
    }
    paths[file.name] = target;
    raw.push(toRaw(spec, file.name, target, bytes));
    const sha256 = sha256Hex(bytes);
    const verified: Verification = sha256 === pin ? 'sha256' : 'rows';
    const at =
      ctx.previous.get(file.name)?.sha256 === sha256 ? ctx.previous.get(file.name)?.downloadedAt : undefined;
    reports.push({
      name: file.name,
      method: local ? 'local' : recipe.method,
      origin: local ? local.path : originOf(recipe, ctx.env ?? process.env),
      sha256,
      bytes: bytes.length,
      verified,
      downloadedAt: at ?? (ctx.now ?? (() => new Date()))().toISOString(),
    });
  }
  const rebuilt = reports.filter((r) => r.verified === 'rows');
  if (rebuilt.length > 0 && raw.length === dataFiles.length)
    checkRows(
      spec,
      raw,
      rebuilt.map((r) => ctx.recipes[r.name]).filter((r): r is DownloadRecipe => r !== undefined),
    );
  return reports;
}

function readPrevious(cacheDir: string): Map<string, FileReport> {
  const file = path.join(cacheDir, REPORT);
  if (!existsSync(file)) return new Map();
  try {
    const reports = JSON.parse(readFileSync(file, 'utf8')) as { files?: FileReport[] };
    return new Map((reports.files ?? []).map((r) => [r.name, r]));
  } catch {
    return new Map();
  }
}

export async function downloadSources(options: DownloadOptions): Promise<DownloadOutcome> {
  const ctx: RunContext = {
    ...options,
    recipes: options.recipes ?? DOWNLOADS,
    previous: readPrevious(options.cacheDir),
    comtrade: null,
  };
  const files: FileReport[] = [];
  const missing: string[] = [];
  const paths: Record<string, string> = {};
  for (const spec of SOURCES) {
    files.push(...(await downloadSource(spec, ctx, missing, paths)));
  }
  writeAtomic(path.join(options.cacheDir, REPORT), Buffer.from(`${JSON.stringify({ files }, null, 2)}\n`));
  if (missing.length > 0)
    throw new DownloadError(
      `cannot build from origin: ${missing.length === 1 ? 'one file has' : 'some files have'} no origin to ` +
        `download from (everything else was downloaded and verified into ${options.cacheDir}).\n  ` +
        missing.join('\n  '),
    );
  const expectedSha256 = Object.fromEntries(
    files.filter((f) => f.verified === 'rows').map((f) => [f.name, f.sha256]),
  );
  for (const f of files)
    options.log(
      `  ${f.name}: ${f.bytes} bytes${f.method === 'local' ? ` from the local copy` : ''}, verified by ${f.verified === 'sha256' ? 'sha256 (identical to the pin)' : 'rows (rebuilt from origin)'}`,
    );
  return { dataDir: options.cacheDir, expectedSha256, paths, files };
}
