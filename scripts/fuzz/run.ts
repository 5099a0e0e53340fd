// `npm run fuzz`: the long fuzz profile. Runs every target in scripts/fuzz/targets/ on at least 10,000
// generated inputs and prints, per target, how the inputs ended: clean, notice, refused (read or refused with a
// message: both fine), crash (threw, or broke an invariant) and hang (one input took over HANG_MS).
// `npm run fuzz -- --cases 50000 --seed 7 embed` sets the count, the seed, and keeps targets whose name matches.
// Exit code 1 when any crash or hang was seen; the first few inputs of each are printed to reproduce them.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { loadTargets } from './registry';
import { InvariantError, type FuzzOutcome, type FuzzTarget } from './target';

const DEFAULT_CASES = 10_000;
/** Far above any one input's honest cost (well under 50 ms); a loop gone quadratic or endless crosses it. */
const HANG_MS = 2_000;
const BATCH = 500;
const SHOWN_FAILURES = 5;

type Tally = Record<FuzzOutcome | 'crash' | 'hang', number>;

interface Options {
  cases: number;
  seed: number;
  filters: string[];
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { cases: DEFAULT_CASES, seed: Date.now() % 2_147_483_647, filters: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--cases' || arg === '--seed') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} needs a whole number`);
      if (arg === '--cases') options.cases = value;
      else options.seed = value;
    } else options.filters.push(arg);
  }
  return options;
}

function runTarget(
  target: FuzzTarget,
  options: Options,
): { tally: Tally; failures: string[]; slowestMs: number } {
  const tally: Tally = { clean: 0, notice: 0, refused: 0, crash: 0, hang: 0 };
  const failures: string[] = [];
  let slowestMs = 0;
  for (let done = 0, batch = 0; done < options.cases; batch++) {
    const numRuns = Math.min(BATCH, options.cases - done);
    for (const input of fc.sample(target.arbitrary, { numRuns, seed: options.seed + batch })) {
      const start = performance.now();
      let outcome: keyof Tally;
      let why = '';
      try {
        outcome = target.run(input);
      } catch (error) {
        outcome = 'crash';
        why = error instanceof InvariantError ? `invariant: ${error.message}` : String(error);
      }
      const ms = performance.now() - start;
      slowestMs = Math.max(slowestMs, ms);
      if (ms > HANG_MS && outcome !== 'crash') {
        outcome = 'hang';
        why = `took ${Math.round(ms)} ms`;
      }
      tally[outcome]++;
      if ((outcome === 'crash' || outcome === 'hang') && failures.length < SHOWN_FAILURES)
        failures.push(`${why}\n      input: ${target.show(input)}`);
    }
    done += numRuns;
  }
  return { tally, failures, slowestMs };
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const targets = await loadTargets(options.filters);
  if (targets.length === 0) throw new Error(`no fuzz target matches ${options.filters.join(' ')}`);
  console.log(
    `fuzz: ${targets.length} target(s), ${options.cases.toLocaleString('en')} cases each, seed ${options.seed}`,
  );
  let bad = 0;
  for (const target of targets) {
    const start = performance.now();
    const { tally, failures, slowestMs } = runTarget(target, options);
    const seconds = (performance.now() - start) / 1000;
    const counts = (Object.keys(tally) as (keyof Tally)[]).map(
      (key) => `${key} ${tally[key].toLocaleString('en')}`,
    );
    console.log(`\n${target.name}: ${target.description}`);
    console.log(`  ${counts.join(', ')}`);
    console.log(`  ${seconds.toFixed(1)} s, slowest input ${slowestMs.toFixed(1)} ms`);
    for (const failure of failures) console.log(`  FAILED ${failure}`);
    bad += tally.crash + tally.hang;
  }
  console.log(bad === 0 ? '\nfuzz: 0 crashes, 0 hangs' : `\nfuzz: ${bad} crash(es) or hang(s)`);
  return bad === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
