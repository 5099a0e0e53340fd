// The data output's swap (issue 13 items 2 and 3): a run killed at any step leaves either the old or the new
// tree at the output path, temporary trees never sit beside it (where `vite build` would ship them), and the
// next run cleans what a crash left while archived data versions survive.
// Manual check of the real CLI with the kernel doing the killing, at the swap's rename:
//   strace -f -e trace=rename,renameat,renameat2 -e inject=rename,renameat,renameat2:signal=SIGKILL:when=2 \
//     node --import tsx scripts/build-data.ts
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '../../scripts/pipeline/atomic';
import { release } from './helpers/release';

const DRIVER = path.join(import.meta.dirname, 'helpers', 'atomic-driver.ts');
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A site folder (what vite would publish) with the output at site/data and builds outside it. */
function layout() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
  roots.push(root);
  return {
    root,
    site: path.join(root, 'public'),
    out: path.join(root, 'public', 'data'),
    builds: path.join(root, '.data-builds'),
  };
}

const publish = (out: string, builds: string, n: number) =>
  writeAtomically(out, release(n).files, () => undefined, { buildsDir: builds });

function runDriver(out: string, builds: string, n: number, crashAt?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', DRIVER, out, builds, String(n)], {
    env: { ...process.env, DATA_BUILD_CRASH_AT: crashAt ?? '' },
    encoding: 'utf8',
  });
}

const shown = (out: string) => readFileSync(path.join(out, 'flows', 'x.csv'), 'utf8');
const archived = (out: string) =>
  existsSync(path.join(out, 'versions')) ? readdirSync(path.join(out, 'versions')).sort() : [];

describe('swapping the data output in', () => {
  it('makes the output a link to a complete build outside the site folder', () => {
    const { site, out, builds } = layout();
    publish(out, builds, 1);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(shown(out)).toBe('value\n1\n');
    expect(readdirSync(site)).toEqual(['data']);
    expect(readdirSync(builds)).toHaveLength(1);
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toMatch(/generated/);
  });

  it('keeps the old tree when the check fails, and leaves nothing behind', () => {
    const { site, out, builds } = layout();
    publish(out, builds, 1);
    expect(() =>
      writeAtomically(
        out,
        release(2).files,
        () => {
          throw new Error('bad');
        },
        { buildsDir: builds },
      ),
    ).toThrow('bad');
    expect(shown(out)).toBe('value\n1\n');
    expect(readdirSync(site)).toEqual(['data']);
    expect(readdirSync(builds)).toHaveLength(1);
  });

  // Each step a SIGKILL can land at; before the swap the old tree shows, after it the new one.
  const steps = [
    { step: 'written', shows: 2 },
    { step: 'built', shows: 2 },
    { step: 'linked', shows: 2 },
    { step: 'swapped', shows: 3 },
  ];
  it.each(steps)(
    'a kill at "$step" leaves a whole tree; the next run cleans up',
    ({ step, shows }) => {
      const { site, out, builds } = layout();
      publish(out, builds, 1);
      publish(out, builds, 2);
      const killed = runDriver(out, builds, 3, step);
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(shown(out)).toBe(`value\n${shows}\n`);
      expect(archived(out)).toContain(release(1).dataVersion);
      expect(readdirSync(site)).toEqual(['data']);

      const next = runDriver(out, builds, 4);
      expect(next.status, next.stderr).toBe(0);
      expect(shown(out)).toBe('value\n4\n');
      // One build left: no temporary tree, temporary link or superseded build survives the next run.
      expect(readdirSync(builds)).toHaveLength(1);
      expect(readdirSync(builds)[0]).toMatch(/^build-/);
      expect(archived(out)).toEqual(expect.arrayContaining([release(1).dataVersion, release(2).dataVersion]));
    },
    90_000,
  );
});

describe('recovering the earlier layout', () => {
  it('turns a real output directory into a build, keeping its archived versions', () => {
    const { site, out, builds } = layout();
    const first = release(1);
    mkdirSync(path.join(out, 'flows'), { recursive: true });
    for (const file of first.files) writeFileSync(path.join(out, file.path), file.content);
    const old = release(0);
    mkdirSync(path.join(out, 'versions', old.dataVersion, 'flows'), { recursive: true });
    for (const file of old.files)
      writeFileSync(path.join(out, 'versions', old.dataVersion, file.path), file.content);

    publish(out, builds, 2);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(shown(out)).toBe('value\n2\n');
    expect(archived(out)).toEqual([old.dataVersion, first.dataVersion].sort());
    expect(readdirSync(site)).toEqual(['data']);
  });

  it('recovers from the two-rename crash: no output, only .data.old-* and .data.tmp-* beside it', () => {
    const { site, out, builds } = layout();
    const previous = path.join(site, '.data.old-123-456');
    const first = release(1);
    mkdirSync(path.join(previous, 'flows'), { recursive: true });
    for (const file of first.files) writeFileSync(path.join(previous, file.path), file.content);
    mkdirSync(path.join(site, '.data.tmp-123-456', 'flows'), { recursive: true });
    writeFileSync(path.join(site, '.data.tmp-123-456', 'flows', 'x.csv'), 'half');

    publish(out, builds, 2);
    expect(shown(out)).toBe('value\n2\n');
    expect(archived(out)).toEqual([first.dataVersion]);
    expect(readdirSync(site)).toEqual(['data']);
    expect(readdirSync(builds)).toHaveLength(1);
  });
});
