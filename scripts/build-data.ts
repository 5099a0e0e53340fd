// CLI for `npm run data [-- --download]`: builds public/data/ from the raw sources (DATA_MIRROR or
// ../shared/data-sources/; with --download and neither present, from their public origins via .cache/raw/).
// A PipelineError or DownloadError is printed as its message alone: it already names the source, file, row, column.
import path from 'node:path';
import { DownloadError } from './download/http';
import { localDataDir } from './download/mirror';
import { downloadSources, RAW_CACHE_DIR } from './download/run';
import { buildData } from './pipeline/build';
import { CHPL_MONTHLY_SNAPSHOT } from './pipeline/chpl-monthly';
import { isPipelineError } from './pipeline/errors';
import { defaultDataDir, REPO_ROOT } from './pipeline/resolve';
import { IMPORTS_DIR } from './pipeline/user-imports';

const log = (m: string) => console.log(m);

async function rawSources(): Promise<{ dataDir: string; expectedSha256: Record<string, string> }> {
  const local = localDataDir(process.env, REPO_ROOT);
  if (!process.argv.includes('--download')) return { dataDir: defaultDataDir(), expectedSha256: {} };
  if (local !== null) {
    log(
      `--download: using the local copy at ${local} (DATA_MIRROR or ../shared/data-sources); nothing downloaded`,
    );
    return { dataDir: local, expectedSha256: {} };
  }
  const outcome = await downloadSources({
    cacheDir: path.join(REPO_ROOT, RAW_CACHE_DIR),
    fetch: (input, init) => fetch(input, init),
    log,
  });
  return { dataDir: outcome.dataDir, expectedSha256: outcome.expectedSha256 };
}

const started = Date.now();
try {
  const { dataDir, expectedSha256 } = await rawSources();
  buildData({
    dataDir,
    expectedSha256,
    outDir: path.join(REPO_ROOT, 'public/data'),
    chplMonthlySnapshot: path.join(REPO_ROOT, CHPL_MONTHLY_SNAPSHOT),
    importsDir: path.join(REPO_ROOT, IMPORTS_DIR),
    log,
  });
  log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!isPipelineError(error) && !(error instanceof DownloadError)) throw error;
  console.error(`npm run data failed: ${error.message}`);
  process.exitCode = 1;
}
