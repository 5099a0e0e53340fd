// Checks a downloaded source: files that should be byte-identical must hash to the pin; files rebuilt from the
// original publisher are parsed with the pipeline's own parser, plus what we know of the pinned data (BACI rows
// and value sums per year and direction), so a wrong or partial download never reaches the build.
import type { FlowRow } from '../../src/data/schema';
import type { RawFile } from '../pipeline/resolve';
import type { BaciExpectation, DownloadRecipe } from '../sources/downloads';
import type { SourceSpec } from '../sources/registry';
import { DownloadError } from './http';

export type Verification = 'sha256' | 'rows';

function flowRowsOf(parsed: unknown): FlowRow[] {
  if (Array.isArray(parsed)) return parsed as FlowRow[];
  const rows = (parsed as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as FlowRow[]) : [];
}

/** Same rows per year and direction as our pinned extract, and value sums within rounding (1 US$ a row). */
export function checkBaci(rows: readonly FlowRow[], expected: BaciExpectation): void {
  const got = new Map<string, { rows: number; usd: number }>();
  for (const row of rows) {
    const key = `${row.period} ${row.exporter}->${row.importer}`;
    const entry = got.get(key) ?? { rows: 0, usd: 0 };
    entry.rows += 1;
    entry.usd += row.value;
    got.set(key, entry);
  }
  const problems = Object.entries(expected).flatMap(([key, want]) => {
    const have = got.get(key);
    if (!have) return [`${key}: no rows`];
    if (have.rows !== want.rows) return [`${key}: ${have.rows} rows, expected ${want.rows}`];
    const diff = Math.abs(have.usd - want.valueThousandUsd * 1000);
    return diff > have.rows
      ? [`${key}: values sum to ${have.usd} US$, expected ${want.valueThousandUsd * 1000}`]
      : [];
  });
  const extra = [...got.keys()].filter((key) => !(key in expected));
  if (problems.length > 0 || extra.length > 0)
    throw new DownloadError(
      `baci: the download differs from release V202501: ${[...problems, ...extra.map((k) => `${k}: unexpected`)].join('; ')}`,
    );
}

/** Parses the source's files with its registry parser; throws a DownloadError naming the source. */
export function checkRows(
  spec: SourceSpec<unknown>,
  raw: readonly RawFile[],
  recipes: readonly DownloadRecipe[],
): void {
  let parsed: unknown;
  try {
    parsed = spec.parse(raw);
  } catch (error) {
    throw new DownloadError(`${spec.id}: the download does not parse: ${(error as Error).message}`);
  }
  const rows = flowRowsOf(parsed);
  if (rows.length === 0) throw new DownloadError(`${spec.id}: the download holds no rows`);
  for (const recipe of recipes) if (recipe.method === 'baci-zip') checkBaci(rows, recipe.expected);
}
