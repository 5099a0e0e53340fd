// Finds each raw file (DATA_MIRROR, else ../shared/data-sources/), reads it and checks its pinned sha256.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PipelineError } from './errors';
import { readRegularFile } from './read-file';

/** The repository root (this file is scripts/pipeline/resolve.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, repoRoot: string = REPO_ROOT): string {
  const mirror = env.DATA_MIRROR?.trim();
  return mirror ? path.resolve(mirror) : path.resolve(repoRoot, '../shared/data-sources');
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface RawFile {
  source: string;
  /** Name relative to its root (data dir or repo), as listed in the registry. */
  name: string;
  /** Absolute path that was read. */
  path: string;
  text: string;
  /** The bytes read (binary files such as xlsx are parsed from these, not from `text`). */
  buffer?: Buffer;
  sha256: string;
  bytes: number;
}

export interface RawFileRequest {
  source: string;
  name: string;
  path: string;
  /** Pinned hash, or null for our own curated files (they change with the repo). */
  expectedSha256: string | null;
  /** Where a maintainer can get the file. */
  obtainFrom: string;
}

export function readRawFile(req: RawFileRequest): RawFile {
  if (!existsSync(req.path)) {
    const pin = req.expectedSha256 ? ` (expected sha256 ${req.expectedSha256})` : '';
    throw new PipelineError(
      `${req.source}: raw file ${req.name} not found at ${req.path}${pin}. Obtain it from ${req.obtainFrom}` +
        (req.expectedSha256 ? ' and put it there, or set DATA_MIRROR to a directory that holds it.' : '.'),
    );
  }
  const buffer = readRegularFile(req.path, `${req.source}: raw file ${req.name} at ${req.path}`);
  const sha256 = sha256Hex(buffer);
  if (req.expectedSha256 !== null && sha256 !== req.expectedSha256) {
    throw new PipelineError(
      `${req.source}: sha256 mismatch for ${req.name} at ${req.path}: expected ${req.expectedSha256}, got ${sha256}. ` +
        `The file differs from the pinned copy; obtain the original from ${req.obtainFrom}.`,
    );
  }
  return {
    source: req.source,
    name: req.name,
    path: req.path,
    text: buffer.toString('utf8'),
    buffer,
    sha256,
    bytes: buffer.length,
  };
}
