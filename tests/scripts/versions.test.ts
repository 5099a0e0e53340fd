import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeAtomically } from '../../scripts/pipeline/atomic';
import { keepDataVersions } from '../../scripts/pipeline/versions';
import { release } from './helpers/release';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tempRoot(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'versions-'));
  roots.push(root);
  return root;
}

const publish = (out: string, n: number) => writeAtomically(out, release(n).files, () => undefined);

describe('two builds in the same millisecond', () => {
  it('each gets its own build folder (the stamp is not only pid and time)', () => {
    const out = path.join(tempRoot(), 'data');
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_796_229_445_171);
    try {
      publish(out, 1);
      publish(out, 2);
    } finally {
      now.mockRestore();
    }
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toContain(release(2).dataVersion);
  });
});

describe('keeping earlier data versions', () => {
  it('archives the outgoing version when a new one is swapped in, and carries the archive over', () => {
    const out = path.join(tempRoot(), 'data');
    publish(out, 1);
    expect(existsSync(path.join(out, 'versions'))).toBe(false);
    publish(out, 2);
    publish(out, 3);
    const first = release(1).dataVersion;
    expect(readdirSync(path.join(out, 'versions')).sort()).toEqual([first, release(2).dataVersion]);
    expect(readFileSync(path.join(out, 'versions', first, 'flows/x.csv'), 'utf8')).toBe('value\n1\n');
    expect(
      JSON.parse(readFileSync(path.join(out, 'versions', first, 'manifest.json'), 'utf8')),
    ).toMatchObject({
      dataVersion: first,
    });
    expect(readFileSync(path.join(out, 'flows/x.csv'), 'utf8')).toBe('value\n3\n');
  });

  it('does not archive a rebuild of the same version', () => {
    const out = path.join(tempRoot(), 'data');
    publish(out, 1);
    publish(out, 1);
    expect(existsSync(path.join(out, 'versions'))).toBe(false);
  });

  it('keeps only the newest versions, by generation date', () => {
    const out = path.join(tempRoot(), 'data');
    for (const n of [1, 2, 3, 4, 5]) publish(out, n);
    const next = path.join(tempRoot(), 'next');
    mkdirSync(path.join(next, 'flows'), { recursive: true });
    for (const file of release(6).files) writeFileSync(path.join(next, file.path), file.content);
    keepDataVersions(out, next, [], 2);
    expect(readdirSync(path.join(next, 'versions')).sort()).toEqual([
      release(4).dataVersion,
      release(5).dataVersion,
    ]);
  });

  it('keeps every version a deployment hands over (its data folder, its versions folder), whatever the cap', () => {
    // The site now online: release 3 current, 1 and 2 archived (as its dist/data would hold them).
    const online = path.join(tempRoot(), 'online', 'data');
    for (const n of [1, 2, 3]) publish(online, n);
    // A fresh checkout (CI) builds release 5 with no earlier build on disk, and is given the site's data
    // folder and, separately, an older site's versions folder holding release 4.
    const older = path.join(tempRoot(), 'older', 'data');
    for (const n of [4, 5]) publish(older, n);
    const next = path.join(tempRoot(), 'next');
    mkdirSync(path.join(next, 'flows'), { recursive: true });
    for (const file of release(5).files) writeFileSync(path.join(next, file.path), file.content);

    keepDataVersions(null, next, [online, path.join(older, 'versions')], 1);

    const kept = [1, 2, 3, 4].map((n) => release(n).dataVersion);
    expect(readdirSync(path.join(next, 'versions')).sort()).toEqual(kept);
    // Each under its own path, with its own files: a pinned embed reads exactly what it was published with.
    for (const n of [1, 2, 3, 4]) {
      const dir = path.join(next, 'versions', release(n).dataVersion);
      expect(readFileSync(path.join(dir, 'flows/x.csv'), 'utf8')).toBe(`value\n${n}\n`);
      expect(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))).toMatchObject({
        dataVersion: release(n).dataVersion,
      });
    }
    // The version being built is served from the top level, not archived as if it were an old one.
    expect(existsSync(path.join(next, 'versions', release(5).dataVersion))).toBe(false);
  });

  it('does not archive an incomplete version or one whose manifest points outside it', () => {
    const current = path.join(tempRoot(), 'data');
    mkdirSync(current);
    const manifest = { dataVersion: 'bbbbbb000000', generatedAt: '', files: [{ path: '../secret.txt' }] };
    writeFileSync(path.join(current, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(path.join(path.dirname(current), 'secret.txt'), 'no');
    const next = path.join(tempRoot(), 'next');
    mkdirSync(next);
    keepDataVersions(current, next);
    expect(existsSync(path.join(next, 'versions', 'bbbbbb000000'))).toBe(false);
  });
});
