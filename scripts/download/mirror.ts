// Where the raw files come from: a local copy (DATA_MIRROR, else ../shared/data-sources/ beside the repo) when there
// is one, else, with --download, the origin downloads in .cache/raw/.
import { existsSync } from 'node:fs';
import path from 'node:path';

export function localDataDir(env: NodeJS.ProcessEnv, repoRoot: string): string | null {
  const mirror = env.DATA_MIRROR?.trim();
  if (mirror) return path.resolve(mirror);
  const shared = path.resolve(repoRoot, '../shared/data-sources');
  return existsSync(shared) ? shared : null;
}
