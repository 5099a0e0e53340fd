// `npm run data:import -- FILE [--period YYYY-MM] [--flow exports|imports] [--currency USD|CNY] [--dry-run]`:
// previews what the importer makes of a trade file and, unless --dry-run, keeps it for `npm run data` as the
// extra source user:<slug> (flows/user_<slug>.csv). Exit codes: 0 done, 1 file unusable, 2 usage / needs options.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importFile, type ImportResult } from '../../src/data/importers';
import { DATA_FILES } from '../../src/data/files';
import { importOptionsOf, userSourceIdFor, type ImportSidecar } from '../pipeline/user-imports';
import { readRegularFile } from '../pipeline/read-file';
import { sha256Hex } from '../pipeline/resolve';
import { safeOutput } from '../terminal';
import { parseImportArgs, USAGE, UsageError, type ImportCliOptions } from './cli-args';
import { needsMessage, previewLines } from './preview';
import { keepImport, placeImport } from './store';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ImportCliDeps {
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
  repoRoot?: string;
}

function sidecarOptions(cli: ImportCliOptions): ImportSidecar['options'] {
  return {
    ...(cli.period ? { period: cli.period } : {}),
    ...(cli.flow ? { flow: cli.flow } : {}),
    ...(cli.currency ? { currency: cli.currency } : {}),
  };
}

function readInput(file: string): Buffer {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  // Only a regular file: a directory, FIFO or unreadable file is refused in one line.
  return readRegularFile(file);
}

function keep(cli: ImportCliOptions, bytes: Buffer, deps: ImportCliDeps, result: ImportResult) {
  const sha256 = sha256Hex(bytes);
  const place = placeImport(cli.dir, cli.file, sha256);
  if (place.kind === 'same') {
    deps.out(`Already imported as ${userSourceIdFor(place.sidecar.slug)} (same sha256): nothing written.`);
    return;
  }
  const options = sidecarOptions(cli);
  const sidecar = keepImport({
    dir: cli.dir,
    file: cli.file,
    slug: place.slug,
    sha256,
    bytes: bytes.length,
    options,
    result,
    now: deps.now(),
  });
  const relative = path.relative(process.cwd(), cli.dir);
  const where = relative && !relative.startsWith('..') ? relative : cli.dir;
  deps.out(`Kept as ${userSourceIdFor(sidecar.slug)}: ${where}/${sidecar.storedAs} and ${sidecar.slug}.json`);
  deps.out(`Run npm run data to build it into public/data/${DATA_FILES.userImport(sidecar.slug)}.`);
}

function run(argv: readonly string[], deps: ImportCliDeps): number {
  const cli = parseImportArgs(argv, deps.repoRoot ?? REPO_ROOT);
  const bytes = readInput(cli.file);
  const result = importFile(
    new Uint8Array(bytes),
    path.basename(cli.file),
    importOptionsOf({ options: sidecarOptions(cli) }),
  );
  const preview = previewLines(path.basename(cli.file), bytes.length, result);
  if (result.needs && result.needs.length > 0) {
    // Nothing was read yet: the file and its format are all there is to show.
    preview.slice(0, 2).forEach((line) => deps.out(line));
    deps.err(needsMessage(result.needs));
    return 2;
  }
  for (const line of preview) deps.out(line);
  if (result.error !== null || result.rows.length === 0) {
    deps.err(
      `Cannot use this file: ${result.error ?? 'no row could be imported (see the rejected rows above)'}`,
    );
    return 1;
  }
  if (cli.dryRun) {
    deps.out('Dry run: nothing written.');
    return 0;
  }
  keep(cli, bytes, deps, result);
  return 0;
}

export function main(argv: readonly string[], rawDeps: ImportCliDeps): number {
  // Everything printed can carry text from the file: escaped at this one boundary (scripts/terminal.ts).
  const deps = { ...rawDeps, out: safeOutput(rawDeps.out), err: safeOutput(rawDeps.err) };
  try {
    return run(argv, deps);
  } catch (error) {
    deps.err(error instanceof Error ? error.message : String(error));
    if (error instanceof UsageError) {
      deps.err(USAGE);
      return 2;
    }
    return 1;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  process.exitCode = main(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    now: () => new Date(),
  });
}
