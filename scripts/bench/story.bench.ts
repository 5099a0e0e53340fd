// The story's page loads: time to its first chart drawn (the first story section's chart), LCP and its element,
// CLS, and the bytes and requests before that chart was drawn, plain and phone-like (./page-loads.ts), for the
// interactive story (index.html) and the story as the build draws it, without scripts (static-story.html),
// with the Observable Plot and hand-written floor pages of the embed bench (one chart, not a story: the issue's
// yardsticks for a first chart) in the same run, interleaved, each load in a fresh browser context.
import type { Benchmark, BenchFigure } from './measure.ts';
import { measureLoads, type Contender } from './page-loads.ts';
import { markdownTable, summarize } from './page-metrics.ts';

// BENCH_RUNS: fewer loads for a quick check of the bench itself (the figures want at least 9).
const RUNS = Number(process.env.BENCH_RUNS) || 9;
const FIRST_CHART = { scope: '.story-section', drawn: 'figure[data-chart-id][data-state="ready"] svg' };
const INTERACTIVE = 'story (index.html)';
const STATIC = 'static story (static-story.html)';
const PLOT = 'Observable Plot';
const FLOOR = 'floor (hand-written SVG)';
const PEER = 'body[data-drawn] #chart svg';

const CONTENDERS: readonly Contender[] = [
  { name: INTERACTIVE, path: '/app/index.html', ...FIRST_CHART },
  { name: STATIC, path: '/app/static-story.html', ...FIRST_CHART },
  { name: PLOT, path: '/peers/plot.html', drawn: PEER },
  { name: FLOOR, path: '/peers/floor.html', drawn: PEER },
];

const benchmark: Benchmark = {
  name: 'story page loads: time to the first chart, interactive and as the build draws it',
  async run() {
    const results = await measureLoads(CONTENDERS, RUNS);
    const out: BenchFigure[] = [];
    for (const [profile, loads] of results) {
      const rows = [...loads].map(([name, runs]) => summarize(name, runs));
      console.log(
        `\n  ${profile} (median (min–max) of ${RUNS} loads):\n\n${markdownTable(rows, [PLOT, FLOOR])}\n`,
      );
      const median = (name: string) => rows.find((row) => row.name === name)?.drawnMs.median ?? Number.NaN;
      for (const ours of [INTERACTIVE, STATIC]) {
        out.push({ label: `${profile}: ${ours} / Plot`, value: median(ours) / median(PLOT), unit: 'x' });
        out.push({ label: `${profile}: ${ours} / floor`, value: median(ours) / median(FLOOR), unit: 'x' });
      }
    }
    return out;
  },
};

export default benchmark;
