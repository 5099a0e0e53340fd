// @vitest-environment node
// Failure modes, run against a temp copy of the raw sources in the OS temp dir (never in the repo).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/pipeline/build';
import { PipelineError } from '../../scripts/pipeline/errors';
import { defaultDataDir, REPO_ROOT } from '../../scripts/pipeline/resolve';
import { BACI_FILE } from '../../scripts/sources/registry';

const EVENTS_FIXTURE = path.resolve(__dirname, '../fixtures/pipeline/events.csv');
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

let root = '';
let mirror = '';

/** Copies the raw sources byte for byte into a writable temp tree. */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const src = path.join(from, name);
    if (statSync(src).isDirectory()) copyTree(src, path.join(to, name));
    else writeFileSync(path.join(to, name), readFileSync(src));
  }
}

function freshMirror(name: string): string {
  const dir = path.join(root, name);
  copyTree(mirror, dir);
  return dir;
}

async function buildError(run: () => Promise<unknown>): Promise<PipelineError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PipelineError) return error;
    throw error;
  }
  throw new Error('expected the build to fail');
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pipeline-errors-'));
  mirror = path.join(root, 'mirror');
  copyTree(defaultDataDir(), mirror);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('raw file resolution', () => {
  it('names the source, path, pinned hash and where to get a missing file', { timeout: 60_000 }, async () => {
    const dataDir = freshMirror('missing');
    rmSync(path.join(dataDir, BACI_FILE));
    const error = await buildError(() =>
      buildData({ dataDir, outDir: path.join(root, 'out-missing'), eventsFile: EVENTS_FIXTURE }),
    );
    expect(error.message).toContain(
      `baci: raw file ${BACI_FILE} not found at ${path.join(dataDir, BACI_FILE)}`,
    );
    expect(error.message).toContain('85d9d665676378b281f89f470e99c29adc643e2fb43cba9099289430f1ecb8ae');
    expect(error.message).toContain('https://github.com/SamiNakibETU/Russia_China_relationship');
  });

  it('names expected and actual sha256 when a file changed', async () => {
    const dataDir = freshMirror('changed');
    const chpl = path.join(dataDir, 'chpl.csv');
    writeFileSync(chpl, readFileSync(chpl, 'utf8') + '\n');
    const error = await buildError(() =>
      buildData({ dataDir, outDir: path.join(root, 'out-changed'), eventsFile: EVENTS_FIXTURE }),
    );
    expect(error.message).toContain(`chpl: sha256 mismatch for chpl.csv at ${chpl}`);
    expect(error.message).toContain(
      'expected 3131e0c330bb7c1a84ade9bafb535df59e5ab1f070cffcbf96125e60d3a5748b',
    );
    expect(error.message).toContain(`got ${sha256(readFileSync(chpl))}`);
    expect(error.message).toContain('https://www.bis.gov/');
  });

  it('fails clearly when the curated events file is absent or empty', async () => {
    const outDir = path.join(root, 'out-events');
    const absent = path.join(root, 'no-such-dir', 'events.csv');
    await expect(buildData({ dataDir: mirror, outDir, eventsFile: absent })).rejects.toThrow(
      `events: raw file scripts/curated/events.csv not found at ${absent}`,
    );
    const empty = path.join(root, 'empty-events.csv');
    writeFileSync(empty, 'id,date,category,label,description,source_title,source_url\n');
    await expect(buildData({ dataDir: mirror, outDir, eventsFile: empty })).rejects.toThrow(/no event rows/);
  });
});

describe('a bad row', () => {
  const header = 't,i,j,k,v,q\n';
  const corrupted =
    header + '2021,156,643,10620,48.641,3.124\n2021,156,643,10690,1.927,\n2021,156,643,20810,-3,1\n';
  let dataDir = '';
  let outDir = '';

  beforeAll(() => {
    dataDir = freshMirror('bad-row');
    writeFileSync(path.join(dataDir, BACI_FILE), corrupted);
    outDir = path.join(root, 'out-bad-row');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'README.md'), 'previous readme');
    writeFileSync(path.join(outDir, 'manifest.json'), '{"previous":true}');
  });

  const run = () =>
    buildData({
      dataDir,
      outDir,
      eventsFile: EVENTS_FIXTURE,
      expectedSha256: { [BACI_FILE]: sha256(corrupted) },
    });

  it('is reported with source, file, 1-based row and column', async () => {
    await expect(run()).rejects.toThrow(
      `baci: ${BACI_FILE} row 4, column v: expected a non-negative number, got "-3"`,
    );
  });

  it('leaves the previous output directory untouched and no temp directory behind', async () => {
    await expect(run()).rejects.toThrow(PipelineError);
    expect(readdirSync(outDir).sort()).toEqual(['README.md', 'manifest.json']);
    expect(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')).toBe('{"previous":true}');
    expect(readdirSync(root).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});

describe('the CLI', () => {
  it('prints a PipelineError as one message without a stack trace and exits 1', () => {
    const empty = path.join(root, 'empty-mirror');
    mkdirSync(empty);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_MIRROR: empty },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr.trim()).toMatch(/^npm run data failed: [a-z-]+: raw file .* not found at /);
    expect(cli.stderr).toContain(empty);
    expect(cli.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
