// @vitest-environment node
// The CLI end to end against the mock API: dry run, a complete run writing the snapshot, an incomplete run.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliDeps } from '../../../scripts/update/cli';
import { readSnapshot } from '../../../scripts/update/snapshot';
import { responsesToFlowRows } from '../../../scripts/update/to-flow-rows';
import { fakeClock, tempDir } from './harness';
import { startMockComtrade, type MockComtrade } from './mock-comtrade';

let mock: MockComtrade;
let work: { dir: string; remove: () => void };
let out: string[];
let err: string[];

beforeEach(async () => {
  mock = await startMockComtrade();
  work = tempDir();
  out = [];
  err = [];
  writeFileSync(
    path.join(work.dir, 'chpl.csv'),
    'hs6,tier,description\n854231,1,ICs\n848210,3.B,Ball bearings\n',
  );
});

afterEach(async () => {
  await mock.close();
  work.remove();
});

function deps(env: NodeJS.ProcessEnv = {}): CliDeps {
  return {
    env: { COMTRADE_BASE_URL: mock.baseUrl, DATA_MIRROR: work.dir, ...env },
    fetch: (input, init) => fetch(input, init),
    clock: fakeClock(Date.UTC(2023, 3, 20)),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    repoRoot: work.dir,
  };
}

const snapshotPath = () => path.join(work.dir, '.cache/comtrade/chpl-monthly.json');

describe('cli', () => {
  it('--timeout sets the per-attempt timeout: a hung server costs a second, not minutes', async () => {
    mock.inject({ kind: 'hang' }, 99);
    const started = Date.now();
    const code = await main(['--from', '2023-01', '--to', '2023-01', '--timeout', '0.2'], deps());
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('timed out after 200 ms');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await main(['--timeout', 'soon'], deps())).toBe(2);
    expect(err.join('\n')).toContain('--timeout: expected seconds');
  });

  it('--dry-run prints the plan and sends nothing', async () => {
    expect(await main(['--dry-run', '--from', '2023-01', '--to', '2023-03'], deps())).toBe(0);
    expect(mock.requests).toHaveLength(0);
    expect(out.join('\n')).toMatch(/requests: 3 \(0 already cached\)/);
    expect(out.join('\n')).toContain('preview');
    expect(existsSync(snapshotPath())).toBe(false);
  });

  it('a complete run writes a snapshot that maps to flow rows; --to defaults to last month', async () => {
    expect(await main(['--from', '2023-01'], deps())).toBe(0);
    expect(mock.requests.map((r) => r.query.get('period'))).toEqual(['202301', '202302', '202303']);
    const snapshot = readSnapshot(snapshotPath());
    expect(snapshot).toMatchObject({ endpoint: 'preview', from: '2023-01', to: '2023-03', emptyMonths: [] });
    expect(responsesToFlowRows(snapshot.rows)).toHaveLength(9);
    expect(out.join('\n')).toContain('9 rows written');
  });

  it('an incomplete run exits 1, names what is missing and writes no snapshot', async () => {
    mock.inject({ kind: 'status', status: 500 }, 99, (q) => q.get('period') === '202302');
    expect(await main(['--from', '2023-01', '--to', '2023-03'], deps())).toBe(1);
    expect(err.join('\n')).toMatch(/1 request\(s\) missing[\s\S]*2023-02/);
    expect(existsSync(snapshotPath())).toBe(false);
  });

  it('a bad option exits 2 with the usage', async () => {
    expect(await main(['--from', '2023-13'], deps())).toBe(2);
    expect(err.join('\n')).toContain('Usage:');
    expect(await main(['--from', '2023-05', '--to', '2023-01'], deps())).toBe(2);
  });
});
