// CLI for `npm run data [-- --download]`: builds public/data/ from the raw sources (DATA_MIRROR or
// ../shared/data-sources/; with --download, each file the local copy lacks comes from its public origin via
// .cache/raw/, and a build with no local copy at all is a build from origin).
// public/data is a link to the current build under .data-builds/ (outside public/, so `vite build` never ships
// a half-written or stale tree); see scripts/pipeline/atomic.ts. `--versions-from=<dir>` (repeatable) or
// DATA_VERSIONS_FROM (':'-separated) names earlier data a deployment keeps serving to pinned embeds.
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

interface RawSources {
  dataDir: string;
  expectedSha256: Record<string, string>;
  rawPaths: Record<string, string>;
}

async function rawSources(): Promise<RawSources> {
  if (!process.argv.includes('--download'))
    return { dataDir: defaultDataDir(), expectedSha256: {}, rawPaths: {} };
  const local = localDataDir(process.env, REPO_ROOT);
  log(
    local === null
      ? '--download: no local copy (DATA_MIRROR, ../shared/data-sources): every file comes from its origin'
      : `--download: files in the local copy at ${local} are read as they are; the others come from their origin`,
  );
  const outcome = await downloadSources({
    cacheDir: path.join(REPO_ROOT, RAW_CACHE_DIR),
    fetch: (input, init) => fetch(input, init),
    log,
    localDir: local,
  });
  return { dataDir: outcome.dataDir, expectedSha256: outcome.expectedSha256, rawPaths: outcome.paths };
}

/** The folders of earlier data versions to keep (each a data directory or a folder of archived versions). */
function versionsFrom(): string[] {
  const fromArgs = process.argv
    .filter((arg) => arg.startsWith('--versions-from='))
    .map((arg) => arg.slice('--versions-from='.length));
  const fromEnv = (process.env.DATA_VERSIONS_FROM ?? '').split(path.delimiter);
  return [...fromArgs, ...fromEnv].filter((dir) => dir !== '').map((dir) => path.resolve(dir));
}

const started = Date.now();
try {
  const { dataDir, expectedSha256, rawPaths } = await rawSources();
  await buildData({
    dataDir,
    expectedSha256,
    rawPaths,
    outDir: path.join(REPO_ROOT, 'public/data'),
    buildsDir: path.join(REPO_ROOT, '.data-builds'),
    versionsFrom: versionsFrom(),
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
