// Command-line options of `npm run data:update` (scripts/update/cli.ts).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMonth, previousMonth } from './months';
import { DEFAULT_TIMEOUT_MS } from './run-update';
import { DEFAULT_FROM } from './scope';

export interface CliOptions {
  dryRun: boolean;
  force: boolean;
  from: string;
  to: string;
  cacheDir: string;
  out: string;
  chplCsv: string;
  /** Per-attempt timeout of a request, ms. */
  timeoutMs: number;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: tsx scripts/update/cli.ts [options]
  --dry-run          print the plan of requests, fetch nothing
  --from YYYY-MM     first month (default ${DEFAULT_FROM})
  --to YYYY-MM       last month (default: the month before the current one)
  --force            refetch every month of the range, ignoring state and cache (revisions)
  --cache-dir DIR    raw responses and state (default .cache/comtrade)
  --out FILE         snapshot written after a complete run (default <cache-dir>/chpl-monthly.json)
  --timeout SECONDS  per-attempt request timeout (default ${DEFAULT_TIMEOUT_MS / 1000})
  --chpl FILE        CHPL list (default $DATA_MIRROR/chpl.csv or ../shared/data-sources/chpl.csv)
Environment: COMTRADE_API_KEY (keyed endpoint, else the public preview), COMTRADE_BASE_URL.`;

function month(value: string | undefined, fallback: string, flag: string): string {
  const chosen = value ?? fallback;
  if (!isMonth(chosen)) throw new UsageError(`${flag}: expected YYYY-MM, got "${chosen}"`);
  return chosen;
}

export function parseCliArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  repoRoot: string,
  nowMs: number,
): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        from: { type: 'string' },
        to: { type: 'string' },
        'cache-dir': { type: 'string' },
        out: { type: 'string' },
        chpl: { type: 'string' },
        timeout: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const from = month(values.from, DEFAULT_FROM, '--from');
  const to = month(values.to, previousMonth(nowMs), '--to');
  if (to < from) throw new UsageError(`--to ${to} is before --from ${from}`);
  const cacheDir = path.resolve(repoRoot, values['cache-dir'] ?? '.cache/comtrade');
  const dataDir = env.DATA_MIRROR?.trim()
    ? path.resolve(env.DATA_MIRROR.trim())
    : path.resolve(repoRoot, '../shared/data-sources');
  const timeoutS = values.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(values.timeout);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0 || timeoutS > 3600)
    throw new UsageError(`--timeout: expected seconds between 0 and 3600, got "${values.timeout}"`);
  return {
    timeoutMs: Math.round(timeoutS * 1000),
    dryRun: values['dry-run'] ?? false,
    force: values.force ?? false,
    from,
    to,
    cacheDir,
    out: values.out ? path.resolve(repoRoot, values.out) : path.join(cacheDir, 'chpl-monthly.json'),
    chplCsv: values.chpl ? path.resolve(repoRoot, values.chpl) : path.join(dataDir, 'chpl.csv'),
  };
}
