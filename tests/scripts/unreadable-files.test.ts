// @vitest-environment node
// Issue 13 item 8: a raw file that is a directory, a FIFO or unreadable (mode 000) ends `npm run data` with one
// line naming the file and the problem (no stack trace, no hang), and the last good data stay as they were.
// Mode 000 does not stop root, so when the tests run as root the reading process runs as "nobody".
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineError } from '../../scripts/pipeline/errors';
import { describeReadError, readRegularFile } from '../../scripts/pipeline/read-file';
import { defaultDataDir, REPO_ROOT } from '../../scripts/pipeline/resolve';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
/** Runs as a user that mode 000 does stop. */
const unprivileged: Pick<SpawnSyncOptions, 'uid' | 'gid'> = asRoot ? { uid: NOBODY, gid: NOBODY } : {};

let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'unreadable-'));
  chmodSync(root, 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${String(made.stderr)}`);
}

/** The raw sources as links, with chpl.csv replaced by `make(path)`. */
function mirrorWith(name: string, make: (file: string) => void): string {
  const dir = path.join(root, name);
  mkdirSync(dir);
  chmodSync(dir, 0o755);
  const real = defaultDataDir();
  for (const entry of readdirSync(real)) {
    if (entry !== 'chpl.csv') symlinkSync(path.join(real, entry), path.join(dir, entry));
  }
  make(path.join(dir, 'chpl.csv'));
  return dir;
}

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof PipelineError) return error.message;
    throw error;
  }
  throw new Error('expected the read to be refused');
}

describe('reading only regular files', () => {
  it('reads a regular file', () => {
    const file = path.join(root, 'ok.csv');
    writeFileSync(file, 'a,b\n');
    expect(readRegularFile(file).toString('utf8')).toBe('a,b\n');
  });

  it('refuses a directory, naming it', () => {
    const dir = path.join(root, 'a-dir');
    mkdirSync(dir);
    expect(refusal(() => readRegularFile(dir, 'chpl: chpl.csv'))).toBe(
      'chpl: chpl.csv: cannot read: a directory, not a regular file',
    );
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = path.join(root, 'a-fifo');
    mkfifo(fifo);
    expect(refusal(() => readRegularFile(fifo, 'x.csv'))).toBe(
      'x.csv: cannot read: a named pipe (FIFO), not a regular file',
    );
  });

  it('says permission denied for a file the user may not read', () => {
    const denied = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
    expect(describeReadError('x.csv', denied)).toMatch(/^x\.csv: cannot read: permission denied/);
  });
});

describe('npm run data with an unreadable chpl.csv', () => {
  const manifest = path.join(REPO_ROOT, 'public', 'data', 'manifest.json');
  const cases = [
    { name: 'directory', make: (file: string) => mkdirSync(file), user: {}, problem: /a directory/ },
    { name: 'fifo', make: mkfifo, user: {}, problem: /a named pipe \(FIFO\)/ },
    {
      name: 'mode-000',
      make: (file: string) => {
        writeFileSync(file, 'code\n');
        chmodSync(file, 0o000);
      },
      user: unprivileged,
      problem: /permission denied/,
    },
  ];

  it.each(cases)(
    '$name: one line naming the file and the problem; the data stay',
    ({ name, make, user, problem }) => {
      const before = readFileSync(manifest, 'utf8');
      const mirror = mirrorWith(name, make);
      const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], {
        cwd: REPO_ROOT,
        env: { ...process.env, DATA_MIRROR: mirror },
        encoding: 'utf8',
        timeout: 60_000,
        uid: user.uid,
        gid: user.gid,
      });
      expect(cli.signal, 'the build hung').toBeNull();
      expect(cli.status, cli.stderr).toBe(1);
      const lines = cli.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(path.join(mirror, 'chpl.csv'));
      expect(lines[0]).toMatch(problem);
      expect(readFileSync(manifest, 'utf8')).toBe(before);
    },
    90_000,
  );
});
