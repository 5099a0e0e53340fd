// `npm run fuzz:importers [-- --runs N]`: the long profile of the importer fuzz targets (default 10,000 cases
// each). Prints, per target, the cases run and how they ended (clean, notice, refused, crash); exits 1 on a
// crash, printing the input that caused it (fast-check's seed and path replay it).
import fc from 'fast-check';
import { IMPORTER_TARGETS, type ImporterOutcome } from './importer-targets';

const runsArg = process.argv.find((arg) => arg.startsWith('--runs='));
const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 10_000;
let crashed = false;
for (const target of IMPORTER_TARGETS) {
  const counts: Record<ImporterOutcome | 'crash', number> = { clean: 0, notice: 0, refused: 0, crash: 0 };
  const started = Date.now();
  let slowest = 0;
  const details = fc.check(
    fc.property(target.arbitrary, (input) => {
      const t0 = Date.now();
      try {
        counts[target.run(input)]++;
      } catch (error) {
        counts.crash++;
        throw error;
      } finally {
        slowest = Math.max(slowest, Date.now() - t0);
      }
    }),
    { numRuns: runs },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${target.name}: ${details.numRuns} cases in ${seconds} s (slowest ${slowest} ms): ` +
      `${counts.clean} clean, ${counts.notice} notice, ${counts.refused} refused, ${counts.crash} crash`,
  );
  if (details.failed) {
    crashed = true;
    const input = details.counterexample?.[0];
    console.log(`  CRASH: ${String(details.errorInstance)}`);
    if (input) console.log(`  input: ${target.show(input)}`);
    console.log(`  replay: seed ${details.seed}, path ${details.counterexamplePath}`);
  }
}
process.exitCode = crashed ? 1 : 0;
