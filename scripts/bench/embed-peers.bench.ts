// Embed page loads against peers drawing the same chart (China's CHPL exports to Russia by tier, lines) from the
// same CSV files: time to a drawn chart, LCP and its element, CLS, and the bytes and requests before the chart
// was drawn, plain and phone-like (./page-loads.ts), every contender in the same run, interleaved, each load in a
// fresh browser context. Ours twice: the build's prerendered embed of the explorer's default view, and the
// ordinary embed for a reader's own spec (one with no prerendered page). Prints a table per profile.
import { prerenderedIdOf } from '../../src/figure/prerendered-files.ts';
import { DEFAULT_SPEC } from '../../src/spec/defaults.ts';
import type { ChartSpec } from '../../src/spec/schema.ts';
import { specToQueryString } from '../../src/spec/url.ts';
import type { Benchmark } from './measure.ts';
import { FLOOR, loadsAgainstPeers, PLOT, type Contender } from './page-loads.ts';

// BENCH_RUNS: fewer loads for a quick check of the bench itself (the figures want at least 9).
const RUNS = Number(process.env.BENCH_RUNS) || 9;
const PRERENDERED = 'prerendered embed (ours)';
const READERS = "reader's-spec embed (ours)";
/**
 * The same chart, with a parameter at its default value (`by=none`: no notice, the same spec) that embed.html's
 * inline script does not read, so it sends no request and the app fetches its data as it did before the script
 * (scripts/prerender/early-requests.ts): what the early request gains, measured in the same run.
 */
const READERS_CONTROL = "reader's-spec embed, no early request (control)";

/** A reader's own view: the default chart with tiers 1 and 2 only, which no preset and no prerendered page shows. */
const READERS_SPEC: ChartSpec = {
  ...DEFAULT_SPEC,
  products: [
    { kind: 'tier', tier: '1' },
    { kind: 'tier', tier: '2' },
  ],
};

function contenders(): Contender[] {
  if (prerenderedIdOf(READERS_SPEC) !== null)
    throw new Error("the reader's spec has a prerendered page: pick another for the non-prerendered embed");
  const chart = 'figure[data-state="ready"] svg';
  const peer = 'body[data-drawn] #chart svg';
  return [
    { name: PRERENDERED, path: '/app/embed-explorer-default.html', drawn: chart },
    { name: READERS, path: `/app/embed.html?${specToQueryString(READERS_SPEC)}`, drawn: chart },
    {
      name: READERS_CONTROL,
      path: `/app/embed.html?${specToQueryString(READERS_SPEC)}&by=none`,
      drawn: chart,
    },
    { name: 'Vega-Lite', path: '/peers/vega-lite.html', drawn: peer },
    { name: PLOT, path: '/peers/plot.html', drawn: peer },
    { name: FLOOR, path: '/peers/floor.html', drawn: peer },
  ];
}

const benchmark: Benchmark = {
  name: 'embed page loads vs Vega-Lite, Observable Plot and a hand-written floor (same chart, same CSV)',
  run: () => loadsAgainstPeers(contenders(), RUNS, [PRERENDERED, READERS, READERS_CONTROL]),
};

export default benchmark;
