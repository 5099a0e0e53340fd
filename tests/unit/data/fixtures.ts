// Reads the hand-made fixtures in tests/fixtures/app through the same parsing code the worker runs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTable } from '../../../src/data/csv/parse-table';
import { checkManifest } from '../../../src/data/manifest-check';
import type { Manifest } from '../../../src/data/schema';
import { TABLE_SCHEMAS, type ParsedTable, type TableKind, type TableRow } from '../../../src/data/tables';

const dir = resolve(import.meta.dirname, '../../fixtures/app');

export function fixtureText(name: string): string {
  return readFileSync(resolve(dir, name), 'utf8');
}

export function fixtureTable<K extends TableKind>(name: string, kind: K): ParsedTable<TableRow<K>> {
  return parseTable(fixtureText(name), TABLE_SCHEMAS[kind], name) as ParsedTable<TableRow<K>>;
}

export function fixtureManifest(): Manifest {
  const check = checkManifest(JSON.parse(fixtureText('manifest.json')));
  if (!check.ok) throw new Error(check.reason);
  return check.manifest;
}
