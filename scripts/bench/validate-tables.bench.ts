// Parse + validate time of the files a chart loads: the zod reader (the data contract, run in Node and tests)
// against the worker's zod-free reader. Same input, same rows and errors (checked), so only the speed differs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTable } from '../../src/data/csv/parse-table.ts';
import { readTable } from '../../src/data/csv/read-table.ts';
import { TABLE_SCHEMAS, type TableKind } from '../../src/data/tables.ts';
import { medianMs, type BenchFigure, type Benchmark } from './measure.ts';

const RUNS = 7;
const dataDir = join(import.meta.dirname, '..', '..', 'public', 'data');
const FILES: [string, TableKind][] = [
  ['flows/baci_chpl.csv', 'flows'],
  ['flows/eurostat_eu_sanctioned.csv', 'flows'],
  ['flows/baci_hs6/hs2-84.csv', 'flows'],
  ['products.csv', 'products'],
];

function figures(file: string, kind: TableKind): BenchFigure[] {
  const path = join(dataDir, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run data\` first`);
  const text = readFileSync(path, 'utf8');
  const zod = parseTable(text, TABLE_SCHEMAS[kind], file);
  const fast = readTable(text, kind, file);
  if (JSON.stringify(zod) !== JSON.stringify(fast)) throw new Error(`${file}: the two readers disagree`);
  const zodMs = medianMs(() => parseTable(text, TABLE_SCHEMAS[kind], file), RUNS);
  const fastMs = medianMs(() => readTable(text, kind, file), RUNS);
  return [
    { label: `${file} rows`, value: fast.rows.length, unit: 'rows' },
    { label: '  zod reader', value: zodMs, unit: 'ms' },
    { label: '  worker reader (no zod)', value: fastMs, unit: 'ms' },
    { label: '  speed-up', value: zodMs / fastMs, unit: 'x' },
  ];
}

const benchmark: Benchmark = {
  name: 'parse + validate data files: zod reader vs the worker reader',
  run: () => FILES.flatMap(([file, kind]) => figures(file, kind)),
};

export default benchmark;
