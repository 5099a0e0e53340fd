// Real public/data tables read from disk with the app's own parser and schemas, for the explorer benchmarks.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTable } from '../../src/data/csv/parse-table.ts';
import { checkManifest } from '../../src/data/manifest-check.ts';
import type { Manifest } from '../../src/data/schema.ts';
import { TABLE_SCHEMAS, type TableKind, type TableRow } from '../../src/data/tables.ts';

const dataDir = join(import.meta.dirname, '..', '..', 'public', 'data');

function text(path: string): string {
  const file = join(dataDir, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run data\` first`);
  return readFileSync(file, 'utf8');
}

export function readTable<K extends TableKind>(path: string, kind: K): TableRow<K>[] {
  // Each schema validates the rows of its own kind; the union of schemas is too wide for one call signature.
  const schema = TABLE_SCHEMAS[kind] as Parameters<typeof parseTable>[1];
  return parseTable(text(path), schema, path).rows as TableRow<K>[];
}

export function readManifest(): Manifest {
  const checked = checkManifest(JSON.parse(text('manifest.json')));
  if (!checked.ok) throw new Error(`manifest.json: ${checked.reason}`);
  return checked.manifest;
}

/** A small deterministic generator, so every run times the same queries. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Median and 95th percentile of per-call times (ms) of `fn` over `inputs`, after one warm-up pass. */
export function perCallMs<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
): { median: number; p95: number } {
  for (const input of inputs) fn(input);
  const times = inputs.map((input) => {
    const start = performance.now();
    fn(input);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return { median: at(0.5), p95: at(0.95) };
}
