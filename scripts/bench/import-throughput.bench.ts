// Importer throughput on a SYNTHETIC 1,000,000-row file (perf only, never data): a tidy CSV and a
// China-Customs-like CSV (quoted cells, 8-digit codes, thousands separators, trailing comma). Prints MB/s, rows/s,
// CPU time and peak memory for importFile, importFileAsync and, as the peer, papaparse alone stepping through
// the same text (the floor any CSV importer built on it pays).
//
// Each measurement runs in a fresh Node process (this file, with --child), so its peak RSS is its own and not
// what an earlier run left behind. The generated files are kept in the OS temp dir and reused by later runs
// (regenerated when the generator changes: bump GENERATOR_VERSION).
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { importFile, importFileAsync, type ImportOptions, type ImportResult } from '../../src/data/importers';
import type { Benchmark, BenchFigure } from './measure.ts';

const ROWS = 1_000_000;
const GENERATOR_VERSION = 1;
const LINES_PER_WRITE = 10_000;
const GACC_PARTNERS = [
  ['344', 'Russia'],
  ['110', 'Hong Kong'],
  ['116', 'Japan'],
  ['122', 'Malaysia'],
] as const;

type Kind = 'tidy' | 'gacc';
type Subject = 'papaparse only' | 'importFile' | 'importFileAsync';
const SUBJECTS: readonly Subject[] = ['papaparse only', 'importFile', 'importFileAsync'];
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

const FILES: Record<Kind, { header: string; line: LineMaker; options: ImportOptions }> = {
  tidy: { header: TIDY_HEADER, line: tidyLine, options: {} },
  gacc: {
    header: GACC_HEADER,
    line: gaccLine,
    options: { flow: 'exports', period: '2023', currencyHint: 'USD' },
  },
};

const CACHE_DIR = path.join(os.tmpdir(), `import-bench-${ROWS}-v${GENERATOR_VERSION}`);

/** A line on stderr per phase: a million rows take a while, and figures only print at the end. */
const note = (message: string) => process.stderr.write(`  [import-throughput] ${message}\n`);

/** Writes the file in blocks, so generating it never holds a million lines in memory. */
function writeSynthetic(file: string, header: string, line: LineMaker): void {
  const temp = `${file}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w');
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
  renameSync(temp, file);
}

/** The generated file, reused when a complete one is already there (written under a temp name, then renamed). */
function syntheticFile(kind: Kind): string {
  const file = path.join(CACHE_DIR, `synthetic-${kind}.csv`);
  if (existsSync(file) && statSync(file).size > 0) {
    note(`${kind}: reusing ${file}`);
    return file;
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  note(`${kind}: writing a synthetic ${ROWS}-row file to ${file}`);
  writeSynthetic(file, FILES[kind].header, FILES[kind].line);
  return file;
}

interface Run {
  ms: number;
  cpuMs: number;
  rows: number;
  /** Tidy rows out and the sum of their values: importFile and importFileAsync must agree. */
  outRows: number;
  valueSum: number;
  peakRssMb: number;
  peakHeapMb: number;
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

function checked(kind: Kind, result: ImportResult): { rows: number; outRows: number; valueSum: number } {
  if (result.error) throw new Error(`${kind}: ${result.error}`);
  const valueSum = result.rows.reduce((sum, row) => sum + row.value, 0);
  return { rows: result.summary.inputRows, outRows: result.rows.length, valueSum };
}

/** One measurement, in this (fresh) process; prints its Run as JSON on stdout. */
async function child(kind: Kind, subject: Subject): Promise<void> {
  // A view of the read buffer, not a copy: the input is held once, as a page holding a File's bytes would.
  const buffer = readFileSync(path.join(CACHE_DIR, `synthetic-${kind}.csv`));
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const options = FILES[kind].options;
  // The peer gets the decoded text for free, as before: it is timed on parsing alone.
  const text = subject === 'papaparse only' ? new TextDecoder().decode(bytes) : '';
  let peakHeap = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  sample();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const out =
    subject === 'papaparse only'
      ? { rows: papaOnly(text, sample), outRows: 0, valueSum: 0 }
      : subject === 'importFile'
        ? checked(kind, importFile(bytes, `synthetic-${kind}.csv`, { ...options, onProgress: sample }))
        : checked(
            kind,
            await importFileAsync(bytes, `synthetic-${kind}.csv`, { ...options, onProgress: sample }),
          );
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  sample();
  const run: Run = {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    ...out,
    // maxRSS is in kilobytes: the peak of this whole process, the input bytes included.
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
    peakHeapMb: peakHeap / 1e6,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

function measure(kind: Kind, subject: Subject): Run {
  note(`${kind}: ${subject}`);
  const self = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [...process.execArgv, self, '--child', kind, subject], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith('{'))
    throw new Error(`${kind} ${subject}: the measuring process failed (exit ${result.status})`);
  const run = JSON.parse(last) as Run;
  note(`  done in ${(run.ms / 1000).toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB`);
  return run;
}

function figures(label: string, run: Run, megabytes: number, peer: Run): BenchFigure[] {
  return [
    { label: `${label}: time`, value: run.ms, unit: 'ms' },
    { label: `${label}: CPU time`, value: run.cpuMs, unit: 'ms' },
    { label: `${label}: throughput`, value: megabytes / (run.ms / 1000), unit: 'MB/s' },
    { label: `${label}: rows/s`, value: run.rows / (run.ms / 1000), unit: 'rows/s' },
    { label: `${label}: peak RSS`, value: run.peakRssMb, unit: 'MB' },
    { label: `${label}: peak heap`, value: run.peakHeapMb, unit: 'MB' },
    { label: `${label}: time / papaparse`, value: run.ms / peer.ms, unit: 'x' },
    { label: `${label}: CPU / papaparse`, value: run.cpuMs / peer.cpuMs, unit: 'x' },
  ];
}

function benchFile(kind: Kind): BenchFigure[] {
  const file = syntheticFile(kind);
  const megabytes = statSync(file).size / 1e6;
  const [papa, sync, async] = SUBJECTS.map((subject) => measure(kind, subject)) as [Run, Run, Run];
  if (papa.rows !== ROWS || sync.rows !== ROWS || async.rows !== ROWS)
    throw new Error(
      `${kind}: row counts differ (papaparse ${papa.rows}, import ${sync.rows}, async ${async.rows})`,
    );
  if (sync.outRows !== async.outRows || sync.valueSum !== async.valueSum)
    throw new Error(`${kind}: importFile and importFileAsync give different rows`);
  return [
    { label: `${kind}: input`, value: megabytes, unit: 'MB' },
    ...figures(`${kind} papaparse only`, papa, megabytes, papa),
    ...figures(`${kind} importFile`, sync, megabytes, papa),
    ...figures(`${kind} importFileAsync`, async, megabytes, papa),
  ];
}

const benchmark: Benchmark = {
  name: `importer throughput on a synthetic ${ROWS.toLocaleString('en-US')}-row file (tidy CSV, China-Customs-like CSV)`,
  run: () => [...benchFile('tidy'), ...benchFile('gacc')],
};

export default benchmark;

const [flag, kindArg, subjectArg] = process.argv.slice(2);
const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain && flag === '--child') await child(kindArg as Kind, subjectArg as Subject);
