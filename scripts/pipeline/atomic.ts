// Atomic output: the data directory (public/data) is a symlink to one complete build under a builds folder
// outside public/. A run writes a new build there, checks it, and swaps the link with ONE rename of a
// temporary link over it, so at every instant the path shows either the old tree or the new one, never none
// and never a half-written one. A run killed at any point leaves only things the next run recognises and
// cleans: temporary trees and links (in the builds folder, which `vite build` never copies), builds no link
// points to, and the leftovers of the earlier two-rename layout (public/.data.tmp-*, public/.data.old-*).
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { keepDataVersions, readArchivable } from './versions';

export interface OutputContent {
  /** Relative to the output directory, "/"-separated. */
  path: string;
  content: string;
}

export interface AtomicOptions {
  /**
   * Where builds and temporary trees live. It must be outside anything that gets published (public/) and on the
   * same file system as the output path. Default: `.<name>-builds` beside the output path.
   */
  buildsDir?: string;
  /** Directories of earlier data versions to carry into the new build's versions/ (see versions.ts). */
  versionsFrom?: readonly string[];
}

/** Written into every build: the output is generated and never committed. */
export const DATA_README = `# public/data (generated)

Everything here is written by \`npm run data\` from the raw sources in \`../shared/data-sources/\`
(or \`DATA_MIRROR\`). public/data is a symlink to the current build under \`.data-builds/\`; both are
gitignored like \`dist/\`: never commit them. See \`manifest.json\` after a build.
`;

const BUILD_PREFIX = 'build-';
const TEMP_PREFIX = 'tmp-';
const LINK_PREFIX = 'link-';
/** Leftovers of the layout before builds moved out of public/ (a directory renamed twice). */
const LEGACY_TEMP = /^\.(.+)\.tmp-\d+-\d+$/;
const LEGACY_OLD = /^\.(.+)\.old-\d+-\d+$/;

/**
 * Fault injection for the crash tests: `DATA_BUILD_CRASH_AT=<step>` kills the process with SIGKILL when the
 * run reaches that step, as a power cut or `kill -9` would. Steps: written, built, linked, swapped.
 */
function crashPoint(step: string): void {
  if (process.env.DATA_BUILD_CRASH_AT === step) process.kill(process.pid, 'SIGKILL');
}

export function defaultBuildsDir(outDir: string): string {
  const target = path.resolve(outDir);
  return path.join(path.dirname(target), `.${path.basename(target)}-builds`);
}

let runs = 0;
/**
 * A name no other build of this process or of a live one shares: pid first (runIsAlive reads it), then time and a
 * count, since two builds in one process can fall in the same millisecond (the tests publish in a loop).
 */
function uniqueStamp(): string {
  runs += 1;
  return `${process.pid}-${Date.now()}-${runs}`;
}

export function writeAtomically(
  outDir: string,
  files: readonly OutputContent[],
  check: (dir: string) => void,
  options: AtomicOptions = {},
): void {
  const target = path.resolve(outDir);
  const buildsDir = path.resolve(options.buildsDir ?? defaultBuildsDir(target));
  mkdirSync(path.dirname(target), { recursive: true });
  mkdirSync(buildsDir, { recursive: true });
  recover(target, buildsDir);
  const stamp = uniqueStamp();
  const temp = path.join(buildsDir, `${TEMP_PREFIX}${stamp}`);
  const build = path.join(buildsDir, `${BUILD_PREFIX}${stamp}`);
  try {
    mkdirSync(temp);
    for (const file of files) {
      const full = path.join(temp, ...file.path.split('/'));
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, file.content);
    }
    writeFileSync(path.join(temp, 'README.md'), DATA_README);
    crashPoint('written');
    keepDataVersions(existsSync(target) ? target : null, temp, options.versionsFrom ?? []);
    check(temp);
    // The finished tree gets its final name while nothing points to it yet.
    renameSync(temp, build);
    crashPoint('built');
    swapLink(target, buildsDir, build, stamp);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  removeStale(target, buildsDir);
}

/** Points `target` at `build` with one rename of a new link over the old one (atomic on POSIX). */
function swapLink(target: string, buildsDir: string, build: string, stamp: string): void {
  const link = path.join(buildsDir, `${LINK_PREFIX}${stamp}`);
  // Relative, so the checkout can move; resolved from the link's final folder.
  symlinkSync(path.relative(path.dirname(target), build), link, 'dir');
  crashPoint('linked');
  try {
    renameSync(link, target);
  } catch (error) {
    rmSync(link, { force: true });
    throw error;
  }
  crashPoint('swapped');
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function isDirectory(file: string): boolean {
  try {
    return lstatSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** A complete tree: one whose manifest can be read (builds are only named build-* once checked). */
const complete = (dir: string) => readArchivable(dir) !== null;

function newestFirst(dirs: string[]): string[] {
  return dirs
    .map((dir) => ({ dir, at: readArchivable(dir)?.generatedAt ?? '' }))
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((entry) => entry.dir);
}

/**
 * Before a run: bring what an earlier run (or crash) left back to "target is a link to a complete build".
 * - target is a real directory (the layout before builds moved out of public/): it becomes a build, and the
 *   link replaces it. rename(2) cannot put a link over a directory, so there is a moment with no target here;
 *   a crash in it is recovered by the next rule on the next run.
 * - target is missing: it points at the newest complete tree there is (a build, or a legacy .old-* tree).
 */
function recover(target: string, buildsDir: string): void {
  const name = path.basename(target);
  const parent = path.dirname(target);
  const stamp = uniqueStamp();
  if (isDirectory(target)) {
    const migrated = path.join(buildsDir, `${BUILD_PREFIX}migrated-${stamp}`);
    renameSync(target, migrated);
    swapLink(target, buildsDir, migrated, `migrated-${stamp}`);
    return;
  }
  if (existsSync(target)) return;
  // A dangling link (its build removed by hand) is replaced like a missing one.
  const candidates = newestFirst([
    ...readdirSync(buildsDir)
      .filter((entry) => entry.startsWith(BUILD_PREFIX))
      .map((entry) => path.join(buildsDir, entry)),
    ...readdirSync(parent)
      .filter((entry) => LEGACY_OLD.exec(entry)?.[1] === name)
      .map((entry) => path.join(parent, entry)),
  ]).filter((dir) => isDirectory(dir) && complete(dir));
  const best = candidates[0];
  if (best === undefined) return;
  let build = best;
  if (path.dirname(best) !== buildsDir) {
    build = path.join(buildsDir, `${BUILD_PREFIX}recovered-${stamp}`);
    renameSync(best, build);
  }
  swapLink(target, buildsDir, build, `recovered-${stamp}`);
}

/** After a run: everything in the builds folder but the current build goes, and so do legacy leftovers. */
function removeStale(target: string, buildsDir: string): void {
  const current = isSymlink(target) ? realpathSync(target) : null;
  for (const entry of readdirSync(buildsDir)) {
    const full = path.join(buildsDir, entry);
    if (full === current) continue;
    // Another run's tree that is still being written (its process is alive) is left alone.
    if ((entry.startsWith(TEMP_PREFIX) || entry.startsWith(LINK_PREFIX)) && runIsAlive(entry)) continue;
    rmSync(full, { recursive: true, force: true });
  }
  const name = path.basename(target);
  const parent = path.dirname(target);
  for (const entry of readdirSync(parent)) {
    if (LEGACY_TEMP.exec(entry)?.[1] === name || LEGACY_OLD.exec(entry)?.[1] === name)
      rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
}

function runIsAlive(entry: string): boolean {
  const pid = Number(/^[a-z]+-(\d+)-/.exec(entry)?.[1]);
  if (!Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
