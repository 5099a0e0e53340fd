// Atomic output: build the whole directory beside the target, check it, then swap it in by renaming.
// A failed run leaves the last good directory untouched.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keepDataVersions } from './versions';

export interface OutputContent {
  /** Relative to the output directory, "/"-separated. */
  path: string;
  content: string;
}

/** Files from the current output directory that are tracked in git and must survive a rebuild. */
export const KEPT_FILES = ['README.md'];

export function writeAtomically(
  outDir: string,
  files: readonly OutputContent[],
  check: (dir: string) => void,
): void {
  const target = path.resolve(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${stamp}`);
  const old = path.join(path.dirname(target), `.${path.basename(target)}.old-${stamp}`);
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    mkdirSync(temp);
    for (const file of files) {
      const full = path.join(temp, ...file.path.split('/'));
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, file.content);
    }
    for (const kept of KEPT_FILES) {
      if (existsSync(path.join(target, kept))) cpSync(path.join(target, kept), path.join(temp, kept));
    }
    keepDataVersions(target, temp);
    check(temp);
    swapIn(temp, target, old);
  } finally {
    rmSync(temp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

function swapIn(temp: string, target: string, old: string): void {
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, old);
  try {
    renameSync(temp, target);
  } catch (error) {
    if (hadTarget) renameSync(old, target);
    throw error;
  }
}
