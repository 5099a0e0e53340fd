// papaparse vs d3-dsv on the BACI HS6 chapter files the explorer loads (public/data/flows/baci_hs6/*.csv).
// Files are read once up front so the timings are parsing only. Both parsers return header-keyed string records.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { csvParse } from 'd3-dsv';
import { medianMs, type Benchmark } from './measure.ts';

const RUNS = 7;
const hs6Dir = join(import.meta.dirname, '..', '..', 'public', 'data', 'flows', 'baci_hs6');

function readChapters(): string[] {
  if (!existsSync(hs6Dir)) throw new Error(`${hs6Dir} is missing: run \`npm run data\` first`);
  const files = readdirSync(hs6Dir).filter((name) => name.endsWith('.csv'));
  if (files.length === 0) throw new Error(`no CSV files in ${hs6Dir}`);
  return files.map((name) => readFileSync(join(hs6Dir, name), 'utf8'));
}

const papaRows = (texts: string[]) =>
  texts.reduce(
    (rows, text) => rows + Papa.parse(text, { header: true, skipEmptyLines: true }).data.length,
    0,
  );
// Array mode (no header): what papaparse costs without building one object per row.
const papaArrayRows = (texts: string[]) =>
  texts.reduce((rows, text) => rows + Papa.parse(text, { skipEmptyLines: true }).data.length - 1, 0);
const dsvRows = (texts: string[]) => texts.reduce((rows, text) => rows + csvParse(text).length, 0);

const benchmark: Benchmark = {
  name: 'parse BACI HS6 chapter files: papaparse vs d3-dsv csvParse',
  run() {
    const texts = readChapters();
    const megabytes = texts.reduce((total, text) => total + Buffer.byteLength(text), 0) / 1e6;
    const rows = papaRows(texts);
    // Same input must give the same number of records, or the comparison means nothing.
    if (dsvRows(texts) !== rows || papaArrayRows(texts) !== rows)
      throw new Error('the parsers disagree on the row count');

    const papaMs = medianMs(() => papaRows(texts), RUNS);
    const dsvMs = medianMs(() => dsvRows(texts), RUNS);
    const papaArrayMs = medianMs(() => papaArrayRows(texts), RUNS);
    return [
      { label: 'files', value: texts.length, unit: 'files' },
      { label: 'input', value: megabytes, unit: 'MB' },
      { label: 'rows', value: rows, unit: 'rows' },
      { label: `papaparse median of ${RUNS}`, value: papaMs, unit: 'ms' },
      { label: 'papaparse throughput', value: rows / (papaMs / 1000), unit: 'rows/s' },
      { label: `d3-dsv csvParse median of ${RUNS}`, value: dsvMs, unit: 'ms' },
      { label: 'd3-dsv throughput', value: rows / (dsvMs / 1000), unit: 'rows/s' },
      { label: 'papaparse time / d3-dsv time', value: papaMs / dsvMs, unit: 'x' },
      { label: `papaparse arrays (no header) median`, value: papaArrayMs, unit: 'ms' },
      { label: 'papaparse arrays time / d3-dsv time', value: papaArrayMs / dsvMs, unit: 'x' },
    ];
  },
};

export default benchmark;
