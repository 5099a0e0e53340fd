// What a page-load benchmark reports, as pure functions (tested in tests/unit/bench/): a spread of runs, the
// cumulative layout shift of a load, the most frequent LCP element, ratios, and the markdown table the README
// shows. The browser side (what the page records) is in ./page-loads.ts.

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spread of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number };
}

export interface LayoutShift {
  value: number;
  hadRecentInput: boolean;
}

/**
 * CLS as the issue defines it: every layout shift not caused by recent input, summed over the load (no session
 * windows: a benchmark load is a few seconds, and a shift at hydration should count whenever it comes).
 */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
  return shifts.reduce((sum, shift) => (shift.hadRecentInput ? sum : sum + shift.value), 0);
}

/** The value seen most often (the first of equals, in order of first appearance); '' for none. */
export function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/** One load's figures. Times in ms since navigation start; bytes and requests are those before the chart drew. */
export interface LoadFigures {
  drawnMs: number;
  lcpMs: number;
  lcpElement: string;
  cls: number;
  bytes: number;
  requests: number;
}

export interface ContenderSummary {
  name: string;
  drawnMs: Spread;
  lcpMs: Spread;
  lcpElement: string;
  cls: Spread;
  bytes: Spread;
  requests: Spread;
}

export function summarize(name: string, loads: readonly LoadFigures[]): ContenderSummary {
  return {
    name,
    drawnMs: spread(loads.map((load) => load.drawnMs)),
    lcpMs: spread(loads.map((load) => load.lcpMs)),
    lcpElement: mostFrequent(loads.map((load) => load.lcpElement)),
    cls: spread(loads.map((load) => load.cls)),
    bytes: spread(loads.map((load) => load.bytes)),
    requests: spread(loads.map((load) => load.requests)),
  };
}

const ms = (value: number) => Math.round(value).toLocaleString('en-US');
const kb = (value: number) => (value / 1024).toFixed(1);
const range = (s: Spread, format: (value: number) => string) =>
  `${format(s.median)} (${format(s.min)}–${format(s.max)})`;

/** Ratio of medians, "0.42x"; "–" when the reference is missing. */
export function ratio(value: number, reference: number | undefined): string {
  return reference === undefined || reference === 0 ? '–' : `${(value / reference).toFixed(2)}x`;
}

/**
 * A markdown table: one row per contender, medians with (min–max), and each contender's time to a drawn chart
 * as a ratio of each reference's (by name) in the same run.
 */
export function markdownTable(rows: readonly ContenderSummary[], references: readonly string[]): string {
  const refs = references.map((name) => rows.find((row) => row.name === name));
  const head = [
    'contender',
    'drawn ms',
    'LCP ms',
    'LCP element',
    'CLS',
    'KB before drawn',
    'requests before drawn',
    ...references.map((name) => `drawn vs ${name}`),
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const row of rows) {
    const cells = [
      row.name,
      range(row.drawnMs, ms),
      range(row.lcpMs, ms),
      `\`${row.lcpElement}\``,
      range(row.cls, (value) => value.toFixed(3)),
      range(row.bytes, kb),
      range(row.requests, String),
      ...refs.map((ref) => ratio(row.drawnMs.median, ref?.drawnMs.median)),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
