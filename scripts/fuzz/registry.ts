// The fuzz targets: every module in scripts/fuzz/targets/ whose default export is a FuzzTarget. Adding a target
// (an importer, a codec) is adding one file there; the runner and the fast profile in `npm test` pick it up.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FuzzTarget } from './target';

export const TARGETS_DIR = join(import.meta.dirname, 'targets');

function isTarget(value: unknown): value is FuzzTarget {
  if (typeof value !== 'object' || value === null) return false;
  const target = value as Partial<FuzzTarget>;
  return (
    typeof target.name === 'string' && typeof target.run === 'function' && target.arbitrary !== undefined
  );
}

/** Sorted by file name; `filters` keeps the targets whose name contains one of the words. */
export async function loadTargets(filters: readonly string[] = []): Promise<FuzzTarget[]> {
  const files = readdirSync(TARGETS_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  const targets: FuzzTarget[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(TARGETS_DIR, file)).href)) as { default?: unknown };
    if (!isTarget(module.default))
      throw new Error(`${join('scripts/fuzz/targets', file)}: no FuzzTarget default export`);
    targets.push(module.default);
  }
  return targets.filter(
    (target) => filters.length === 0 || filters.some((word) => target.name.includes(word)),
  );
}
