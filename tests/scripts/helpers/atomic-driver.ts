// Child process for the crash tests: publishes one tiny data release with writeAtomically, so a test can kill
// it (DATA_BUILD_CRASH_AT) at a named step. Usage: atomic-driver.ts <outDir> <buildsDir> <n>
import { writeAtomically } from '../../../scripts/pipeline/atomic';
import { release } from './release';

const [outDir, buildsDir, n] = process.argv.slice(2);
if (outDir === undefined || buildsDir === undefined || n === undefined)
  throw new Error('usage: atomic-driver.ts <outDir> <buildsDir> <n>');
writeAtomically(outDir, release(Number(n)).files, () => undefined, { buildsDir });
