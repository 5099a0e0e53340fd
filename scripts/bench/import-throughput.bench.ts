// Importer throughput on a SYNTHETIC 1,000,000-row file (generated in the OS temp dir, deleted afterwards; perf
// only, never data): a tidy CSV and a China-Customs-like CSV (quoted cells, 8-digit codes, thousands separators,
// trailing comma). Prints MB/s, rows/s and peak memory for importFile, importFileAsync and, as the peer,
// papaparse alone stepping through the same text (the floor any CSV importer built on it pays).
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { importFile, importFileAsync, type ImportOptions } from '../../src/data/importers';
import type { Benchmark, BenchFigure } from './measure.ts';

const ROWS = 1_000_000;
const LINES_PER_WRITE = 10_000;
const GACC_PARTNERS = [
  ['344', 'Russia'],
  ['110', 'Hong Kong'],
  ['116', 'Japan'],
  ['122', 'Malaysia'],
] as const;

type LineMaker = (i: number) => string;

const tidyLine: LineMaker = (i) =>
  `2023-${String((i % 12) + 1).padStart(2, '0')},M,CHN,RUS,${String(100000 + (i % 50000))},` +
  `${(i % 9973) + 1},USD,${(i % 97) / 10},t,user:synthetic.csv,exporter-reported`;

function gaccLine(i: number): string {
  const [code, name] = GACC_PARTNERS[i % GACC_PARTNERS.length] ?? GACC_PARTNERS[0];
  const value = ((i % 99991) * 1013 + 1).toLocaleString('en-US');
  return (
    `"${String(10000000 + (i % 400000))}","Synthetic product ${i % 1000}, for timing","${code}","${name}",` +
    `"10","Ordinary Trade","44","Guangdong Province","${i % 5000}","Kilogram","${i % 300}","Number of item","${value}",`
  );
}

const GACC_HEADER =
  '"Commodity code","Commodity","Trading partner code","Trading partner","Customs Regime code","Customs Regime",' +
  '"Locations of importers and exporters code","Locations of importers and exporters","Quantity","Unit",' +
  '"Supplementary Quantity","Supplementary Unit","US dollar",';
const TIDY_HEADER =
  'period,freq,exporter,importer,product,value,currency,quantity,quantity_unit,source,basis';

/** Writes the file in blocks, so generating it never holds a million lines in memory. */
function writeSynthetic(file: string, header: string, line: LineMaker): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `${header}\n`);
    for (let start = 0; start < ROWS; start += LINES_PER_WRITE) {
      const block: string[] = [];
      for (let i = start; i < Math.min(ROWS, start + LINES_PER_WRITE); i++) block.push(line(i));
      writeSync(fd, `${block.join('\n')}\n`);
    }
  } finally {
    closeSync(fd);
  }
}

/** Peak RSS and heap, sampled by the caller at each progress tick (a timer cannot fire inside sync code). */
function memorySampler() {
  const peak = { rss: 0, heap: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
  };
  sample();
  return { peak, sample };
}

/** A line on stderr per phase: a million rows take a while, and figures only print at the end. */
const note = (message: string) => process.stderr.write(`  [import-throughput] ${message}\n`);

interface Run {
  ms: number;
  rows: number;
  peakRssMb: number;
  peakHeapMb: number;
}

async function timed(work: (sample: () => void) => Promise<number> | number): Promise<Run> {
  const { peak, sample } = memorySampler();
  const start = performance.now();
  const rows = await work(sample);
  const ms = performance.now() - start;
  sample();
  note(`  done in ${(ms / 1000).toFixed(1)} s, peak RSS ${(peak.rss / 1e6).toFixed(0)} MB`);
  return { ms, rows, peakRssMb: peak.rss / 1e6, peakHeapMb: peak.heap / 1e6 };
}

function papaOnly(text: string, sample: () => void): number {
  let rows = 0;
  // The peer at its fastest: delimiter given (the importers guess it from the file's head, then do the same).
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: true,
    step: () => {
      rows += 1;
      if (rows % 2000 === 0) sample();
    },
  });
  return rows - 1;
}

function figures(label: string, run: Run, megabytes: number, peerMs: number): BenchFigure[] {
  return [
    { label: `${label}: time`, value: run.ms, unit: 'ms' },
    { label: `${label}: throughput`, value: megabytes / (run.ms / 1000), unit: 'MB/s' },
    { label: `${label}: rows/s`, value: run.rows / (run.ms / 1000), unit: 'rows/s' },
    { label: `${label}: peak RSS`, value: run.peakRssMb, unit: 'MB' },
    { label: `${label}: peak heap`, value: run.peakHeapMb, unit: 'MB' },
    { label: `${label}: time / papaparse`, value: run.ms / peerMs, unit: 'x' },
  ];
}

async function benchFile(kind: string, file: string, options: ImportOptions): Promise<BenchFigure[]> {
  const bytes = new Uint8Array(readFileSync(file));
  const megabytes = bytes.length / 1e6;
  const text = new TextDecoder().decode(bytes);
  note(`${kind}: papaparse only`);
  const papa = await timed((sample) => papaOnly(text, sample));
  note(`${kind}: importFile`);
  const sync = await timed((sample) => {
    const result = importFile(bytes, path.basename(file), { ...options, onProgress: sample });
    if (result.error) throw new Error(`${kind}: ${result.error}`);
    return result.summary.inputRows;
  });
  note(`${kind}: importFileAsync`);
  const async = await timed(async (sample) => {
    const result = await importFileAsync(bytes, path.basename(file), { ...options, onProgress: sample });
    if (result.error) throw new Error(`${kind}: ${result.error}`);
    return result.summary.inputRows;
  });
  if (papa.rows !== ROWS || sync.rows !== ROWS || async.rows !== ROWS)
    throw new Error(
      `${kind}: row counts differ (papaparse ${papa.rows}, import ${sync.rows}, async ${async.rows})`,
    );
  return [
    { label: `${kind}: input`, value: megabytes, unit: 'MB' },
    ...figures(`${kind} papaparse only`, papa, megabytes, papa.ms),
    ...figures(`${kind} importFile`, sync, megabytes, papa.ms),
    ...figures(`${kind} importFileAsync`, async, megabytes, papa.ms),
  ];
}

const benchmark: Benchmark = {
  name: `importer throughput on a synthetic ${ROWS.toLocaleString('en-US')}-row file (tidy CSV, China-Customs-like CSV)`,
  async run() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'import-bench-'));
    try {
      const tidy = path.join(dir, 'synthetic-tidy.csv');
      const gacc = path.join(dir, 'synthetic-gacc.csv');
      note(`writing two synthetic ${ROWS}-row files to ${dir}`);
      writeSynthetic(tidy, TIDY_HEADER, tidyLine);
      writeSynthetic(gacc, GACC_HEADER, gaccLine);
      return [
        ...(await benchFile('tidy', tidy, {})),
        ...(await benchFile('gacc', gacc, { flow: 'exports', period: '2023', currencyHint: 'USD' })),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
