// Builds public/data/ with the pipeline when it is missing, so `npm start` and `npm test` work on a fresh clone.
// Plain .mjs (no tsx) because it runs before anything else and must not depend on the pipeline's own code.
import console from 'node:console';
import { existsSync } from 'node:fs';
import process from 'node:process';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(root, 'public', 'data', 'manifest.json');

if (existsSync(manifestPath)) {
  console.log('ensure-data: public/data/manifest.json exists, skipping `npm run data`.');
} else {
  console.log('ensure-data: public/data/manifest.json is missing, running `npm run data`…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'data'], { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`ensure-data: could not run npm: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0 || !existsSync(manifestPath)) {
    console.error(
      `ensure-data: \`npm run data\` failed (exit ${result.status ?? result.signal}); no data to serve.`,
    );
    process.exit(result.status || 1);
  }
}
