// CLI for `npm run data`: builds public/data/ from the raw sources (DATA_MIRROR or ../shared/data-sources/).
// A PipelineError is printed as its message alone: it already names the source, file, row and column.
import path from 'node:path';
import { buildData } from './pipeline/build';
import { isPipelineError } from './pipeline/errors';
import { defaultDataDir, REPO_ROOT } from './pipeline/resolve';

const started = Date.now();
try {
  buildData({
    dataDir: defaultDataDir(),
    outDir: path.join(REPO_ROOT, 'public/data'),
    log: (m) => console.log(m),
  });
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!isPipelineError(error)) throw error;
  console.error(`npm run data failed: ${error.message}`);
  process.exitCode = 1;
}
