// Command-line options of `npm run data:import -- FILE [...]` (scripts/import/cli.ts).
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Currency } from '../../src/data/schema';
import type { FlowDirection } from '../../src/data/importers';

export interface ImportCliOptions {
  file: string;
  period?: string;
  flow?: FlowDirection;
  currency?: Extract<Currency, 'USD' | 'CNY'>;
  dryRun: boolean;
  /** Where imported files and their sidecars are kept (default <repo>/data-imports). */
  dir: string;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: npm run data:import -- FILE [options]
  --period YYYY|YYYY-MM    period of a China Customs query not grouped by month
  --flow exports|imports   China Customs queries do not say which
  --currency USD|CNY       value currency when the value column does not name it
  --dry-run                check and preview, write nothing
  --dir DIR                imports folder (default data-imports/)`;

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag}: expected ${allowed.join(' or ')}, got "${value}"`);
}

export function parseImportArgs(argv: readonly string[], repoRoot: string): ImportCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        period: { type: 'string' },
        flow: { type: 'string' },
        currency: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        dir: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE to import');
  const period = values.period?.trim();
  if (period !== undefined && !PERIOD.test(period))
    throw new UsageError(`--period: expected YYYY or YYYY-MM, got "${period}"`);
  const flow = oneOf(values.flow, ['exports', 'imports'] as const, '--flow');
  const currency = oneOf(values.currency?.toUpperCase(), ['USD', 'CNY'] as const, '--currency');
  return {
    file: path.resolve(positionals[0] ?? ''),
    ...(period ? { period } : {}),
    ...(flow ? { flow } : {}),
    ...(currency ? { currency } : {}),
    dryRun: values['dry-run'] ?? false,
    dir: path.resolve(repoRoot, values.dir ?? 'data-imports'),
  };
}
