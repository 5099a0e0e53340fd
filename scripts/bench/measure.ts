// Timing helpers for benchmarks: figures to print, never assertions.
import { performance } from 'node:perf_hooks';

export interface BenchFigure {
  label: string;
  value: number;
  unit: string;
}

export interface Benchmark {
  name: string;
  /** Returns the figures to print; throws if the benchmark cannot run (e.g. no data). */
  run(): Promise<BenchFigure[]> | BenchFigure[];
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median wall time in ms of `runs` calls after `warmup` unmeasured calls (to let the JIT settle). */
export function medianMs(fn: () => void, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
