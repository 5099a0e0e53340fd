// Gathers the optional flow sources: the monthly CHPL snapshot and the maintainer's imported files, if present.
import type { Caveat, ChplItem, ConcordanceRow } from '../../src/data/schema';
import { chplMonthlySource, readChplSnapshot } from './chpl-monthly';
import { CHPL_MONTHLY_ABSENT } from './chpl-monthly-caveats';
import type { ExtraFlowSource } from './extra-sources';
import { loadUserImports } from './user-imports';

export interface ExtraOptions {
  /** Path of the `npm run data:update` snapshot; undefined or a missing file = no monthly CHPL data. */
  chplMonthlySnapshot?: string;
  /** Folder of `npm run data:import` files and their sidecars; undefined or missing = none. */
  importsDir?: string;
  repoRoot: string;
  log: (message: string) => void;
}

export interface Extras {
  sources: ExtraFlowSource[];
  /** Caveats saying what is not there (e.g. no monthly CHPL data). */
  absent: Caveat[];
}

export function loadExtras(
  opts: ExtraOptions,
  chpl: readonly ChplItem[],
  concordance: readonly ConcordanceRow[],
): Extras {
  const snapshot = opts.chplMonthlySnapshot
    ? readChplSnapshot(opts.chplMonthlySnapshot, opts.repoRoot)
    : null;
  const sources: ExtraFlowSource[] = [];
  if (snapshot) {
    const monthly = chplMonthlySource(snapshot, chpl, concordance);
    opts.log(`Monthly CHPL flows: ${monthly.rows.length} rows from ${snapshot.name}`);
    sources.push(monthly);
  } else {
    opts.log('Monthly CHPL flows: no snapshot (run npm run data:update to add them)');
  }
  const imports = opts.importsDir ? loadUserImports(opts.importsDir) : [];
  for (const imported of imports) opts.log(`Imported file: ${imported.path} (${imported.rows.length} rows)`);
  return { sources: [...sources, ...imports], absent: snapshot ? [] : [CHPL_MONTHLY_ABSENT] };
}
