// Reads a registered source's raw files (checking pinned hashes) and runs its parser.
import path from 'node:path';
import type { RawFileSpec, SourceSpec } from '../sources/registry';
import { readRawFile, type RawFile } from './resolve';

export interface LoadOptions {
  dataDir: string;
  repoRoot: string;
  /** Per raw file name: a different path to read (tests, or a moved curated file). */
  pathOverrides?: Readonly<Record<string, string>>;
  /** Per raw file name: a different expected sha256 (tests checking a deliberately changed copy). */
  expectedSha256?: Readonly<Record<string, string>>;
}

export interface Loaded<T> {
  data: T;
  raw: RawFile[];
}

/** Where a raw file is read from: its override, else the data dir or the repository. */
export function rawFilePath(file: RawFileSpec, opts: LoadOptions): string {
  return (
    opts.pathOverrides?.[file.name] ??
    path.join(file.root === 'data' ? opts.dataDir : opts.repoRoot, file.name)
  );
}

export function loadSource<T>(spec: SourceSpec<T>, opts: LoadOptions): Loaded<T> {
  const raw = spec.files.map((file) =>
    readRawFile({
      source: spec.id,
      name: file.name,
      path: rawFilePath(file, opts),
      expectedSha256: opts.expectedSha256?.[file.name] ?? file.sha256,
      obtainFrom: spec.obtainFrom,
    }),
  );
  return { data: spec.parse(raw), raw };
}

/** Our own curated tables (not third-party sources): read from the repo, hashed but not pinned. */
export function readCurated(name: string, source: string, opts: LoadOptions): RawFile {
  return readRawFile({
    source,
    name,
    path: opts.pathOverrides?.[name] ?? path.join(opts.repoRoot, name),
    expectedSha256: null,
    obtainFrom: `this repository (${name})`,
  });
}
