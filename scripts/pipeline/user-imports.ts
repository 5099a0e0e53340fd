// Files a maintainer added with `npm run data:import` (kept in data-imports/, gitignored): each is a copy of the
// original bytes plus a JSON sidecar with its provenance. The build re-imports every one with its recorded options
// into flows/user_<slug>.csv, under its own source id "user:<slug>", so it never replaces built-in data.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DATA_FILES } from '../../src/data/files';
import { importFile, type ImportOptions, type ImportResult } from '../../src/data/importers';
import type { Caveat, FlowRow, ManifestSource } from '../../src/data/schema';
import { PipelineError } from './errors';
import type { ExtraFlowSource } from './extra-sources';
import { sortFlows } from './flows';
import { readRegularFile } from './read-file';
import { sha256Hex } from './resolve';

export const IMPORTS_DIR = 'data-imports';

export const importSidecar = z.object({
  version: z.literal(1),
  slug: z.string().regex(/^[a-z0-9][a-z0-9_]{0,47}$/),
  originalName: z.string().min(1),
  /** The copy's file name inside the imports folder. */
  storedAs: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  importedAt: z.string(),
  options: z.object({
    period: z.string().optional(),
    flow: z.enum(['exports', 'imports']).optional(),
    currency: z.enum(['USD', 'CNY', 'EUR']).optional(),
  }),
  format: z.string(),
  encoding: z.string(),
  rows: z.number().int().nonnegative(),
});
export type ImportSidecar = z.infer<typeof importSidecar>;

export const USER_IMPORT_CAVEAT: Caveat = {
  id: 'user-imported-file',
  title: 'Imported file, not one of the project’s sources',
  text:
    'This file was imported by whoever built this copy of the data (npm run data:import). Its origin, licence ' +
    'and figures are not checked by the project; its provenance (original name, sha256, options, date) is in ' +
    'the manifest.',
};

export const userSourceIdFor = (slug: string) => `user:${slug}`;

export function sidecarPath(dir: string, slug: string): string {
  return path.join(dir, `${slug}.json`);
}

export function importOptionsOf(sidecar: Pick<ImportSidecar, 'options'>): ImportOptions {
  const { period, flow, currency } = sidecar.options;
  return {
    ...(period ? { period } : {}),
    ...(flow ? { flow } : {}),
    ...(currency ? { currencyHint: currency } : {}),
  };
}

function readJson(file: string, label: string): unknown {
  const text = readRegularFile(file, label).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PipelineError(`${label}: not JSON (${(error as Error).message})`);
  }
}

export function readSidecars(dir: string): ImportSidecar[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = importSidecar.safeParse(readJson(path.join(dir, name), `${IMPORTS_DIR}/${name}`));
      if (!parsed.success)
        throw new PipelineError(
          `${IMPORTS_DIR}/${name}: not an import sidecar: ${z.prettifyError(parsed.error)}`,
        );
      return parsed.data;
    });
}

function reimport(dir: string, sidecar: ImportSidecar): ImportResult {
  const where = `${IMPORTS_DIR}/${sidecar.storedAs}`;
  const file = path.join(dir, sidecar.storedAs);
  if (!existsSync(file)) throw new PipelineError(`${where}: missing (listed in ${sidecar.slug}.json)`);
  const bytes = readRegularFile(file, where);
  if (sha256Hex(bytes) !== sidecar.sha256)
    throw new PipelineError(`${where}: sha256 differs from its sidecar: the file changed after import`);
  const result = importFile(new Uint8Array(bytes), sidecar.originalName, importOptionsOf(sidecar));
  if (result.error !== null || result.rows.length === 0)
    throw new PipelineError(`${where}: cannot be imported any more: ${result.error ?? 'no rows'}`);
  return result;
}

function frequencyOf(rows: readonly FlowRow[]): ManifestSource['frequency'] {
  const freqs = new Set(rows.map((r) => r.freq));
  return freqs.size === 1 ? ([...freqs][0] ?? null) : null;
}

function manifestSource(s: ImportSidecar, rows: readonly FlowRow[]): ManifestSource {
  const currencies = [...new Set(rows.map((r) => r.currency))];
  const options = Object.entries(s.options)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return {
    id: userSourceIdFor(s.slug),
    title: `Imported file: ${s.originalName}`,
    publisher: 'Unknown (a file imported with npm run data:import)',
    url: `urn:x-project:${IMPORTS_DIR}/${encodeURIComponent(s.storedAs)}`,
    licence: 'Unknown: whoever imported the file answers for the right to publish it.',
    citation: `${s.originalName} (sha256 ${s.sha256}), read as ${s.format} (${s.encoding})${options ? `, ${options}` : ''}.`,
    retrieved: `${s.importedAt} (date of import)`,
    currency: currencies.length === 1 ? (currencies[0] ?? null) : null,
    frequency: frequencyOf(rows),
    rawFiles: [{ name: `${IMPORTS_DIR}/${s.storedAs}`, sha256: s.sha256, bytes: s.bytes }],
    caveats: [USER_IMPORT_CAVEAT.id],
  };
}

export function loadUserImports(dir: string): ExtraFlowSource[] {
  return readSidecars(dir).map((sidecar) => {
    const result = reimport(dir, sidecar);
    const source = userSourceIdFor(sidecar.slug);
    const rows = sortFlows(result.rows.map((row) => ({ ...row, source })));
    return {
      path: DATA_FILES.userImport(sidecar.slug),
      description: `Imported by the maintainer from ${sidecar.originalName} (${sidecar.format}); not a project source.`,
      rows,
      source: manifestSource(sidecar, rows),
      caveats: [USER_IMPORT_CAVEAT],
      breaks: [],
      products: 'any',
    };
  });
}
