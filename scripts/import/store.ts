// Keeps an imported file for the build: a byte copy and a JSON sidecar (original name, sha256, options, date) in
// the gitignored imports folder. The build (scripts/pipeline/user-imports.ts) re-reads both.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../src/data/importers';
import { readSidecars, sidecarPath, type ImportSidecar } from '../pipeline/user-imports';
import { writeFileAtomic } from '../update/store';
import { slugOf } from '../../src/query/user/slug';

// One rule for the CLI and the browser, so a file carries the same source id either way.
export { slugOf };

export type Placement = { kind: 'new'; slug: string } | { kind: 'same'; sidecar: ImportSidecar };

/** A new slug (suffixed _2, _3... if taken), or the earlier import of the very same bytes. */
export function placeImport(dir: string, fileName: string, sha256: string): Placement {
  const existing = readSidecars(dir);
  const same = existing.find((s) => s.sha256 === sha256);
  if (same) return { kind: 'same', sidecar: same };
  const taken = new Set(existing.map((s) => s.slug));
  const base = slugOf(fileName);
  let slug = base;
  for (let n = 2; taken.has(slug) || existsSync(sidecarPath(dir, slug)); n++) slug = `${base}_${n}`;
  return { kind: 'new', slug };
}

export interface KeepRequest {
  dir: string;
  slug: string;
  file: string;
  sha256: string;
  bytes: number;
  options: ImportSidecar['options'];
  result: ImportResult;
  now: Date;
}

export function keepImport(req: KeepRequest): ImportSidecar {
  const extension = path
    .extname(req.file)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '');
  const sidecar: ImportSidecar = {
    version: 1,
    slug: req.slug,
    originalName: path.basename(req.file),
    storedAs: `${req.slug}${extension}`,
    sha256: req.sha256,
    bytes: req.bytes,
    importedAt: req.now.toISOString(),
    options: req.options,
    format: req.result.format,
    encoding: req.result.encoding,
    rows: req.result.rows.length,
  };
  mkdirSync(req.dir, { recursive: true });
  copyFileSync(req.file, path.join(req.dir, sidecar.storedAs));
  writeFileAtomic(sidecarPath(req.dir, req.slug), `${JSON.stringify(sidecar, null, 2)}\n`);
  return sidecar;
}
