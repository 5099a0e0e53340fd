// The story's page loads: time to its first chart drawn (the first story section's chart), LCP and its element,
// CLS, and the bytes and requests before that chart was drawn, plain and phone-like (./page-loads.ts), for the
// interactive story (index.html) and the story as the build draws it, without scripts (static-story.html),
// with the Observable Plot and hand-written floor pages of the embed bench (one chart, not a story: the issue's
// yardsticks for a first chart) in the same run, interleaved, each load in a fresh browser context.
import type { Benchmark } from './measure.ts';
import { FLOOR, loadsAgainstPeers, PLOT, type Contender } from './page-loads.ts';

// BENCH_RUNS: fewer loads for a quick check of the bench itself (the figures want at least 9).
const RUNS = Number(process.env.BENCH_RUNS) || 9;
// The story's first chart: the one it opens with (index.html), or the first section's (static-story.html).
const FIRST_CHART = { scope: 'article.story', drawn: 'figure[data-chart-id][data-state="ready"] svg' };
const INTERACTIVE = 'story (index.html)';
const STATIC = 'static story (static-story.html)';
const PEER = 'body[data-drawn] #chart svg';

const CONTENDERS: readonly Contender[] = [
  { name: INTERACTIVE, path: '/app/index.html', ...FIRST_CHART },
  { name: STATIC, path: '/app/static-story.html', ...FIRST_CHART },
  { name: PLOT, path: '/peers/plot.html', drawn: PEER },
  { name: FLOOR, path: '/peers/floor.html', drawn: PEER },
];

const benchmark: Benchmark = {
  name: 'story page loads: time to the first chart, interactive and as the build draws it',
  run: () => loadsAgainstPeers(CONTENDERS, RUNS, [INTERACTIVE, STATIC]),
};

export default benchmark;
