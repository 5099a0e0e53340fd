// @vitest-environment node
// `npm run data:import` end to end on the importer fixtures: preview, what it asks for, exit codes, what it keeps.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/import/cli';
import { slugOf } from '../../../scripts/import/store';
import { importSidecar } from '../../../scripts/pipeline/user-imports';
import { sha256Hex } from '../../../scripts/pipeline/resolve';

const FIXTURES = path.resolve(__dirname, '../../fixtures/importers');
const fixture = (name: string) => path.join(FIXTURES, name);

let work = '';
let imports = '';
let out: string[] = [];
let err: string[] = [];

function run(...argv: string[]): number {
  return main([...argv, '--dir', imports], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    now: () => new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
    repoRoot: work,
  });
}

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'data-import-'));
  imports = path.join(work, 'data-imports');
  out = [];
  err = [];
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('npm run data:import', () => {
  it('previews a file, lists rejected rows by row and column, and writes nothing on --dry-run', () => {
    const code = run(fixture('tidy-flows.csv'), '--dry-run');
    expect(code).toBe(0);
    expect(out).toContain('Format: tidy, encoding utf-8');
    expect(out).toContain('Rows: 6 read, 3 tidy rows');
    expect(out).toContain('Periods: 2022..2023-02 (3 periods)');
    expect(out).toContain('Partners: CHN, KGZ, RUS');
    expect(out.some((l) => l.startsWith('Units: values in CNY, USD'))).toBe(true);
    expect(out).toContain('  row 5, column period: expected YYYY or YYYY-MM (value "2023-13")');
    expect(out.at(-1)).toBe('Dry run: nothing written.');
    expect(existsSync(imports)).toBe(false);
  });

  it('asks, with the flags to use, for what a China Customs file does not say', () => {
    const code = run(fixture('gacc-en-no-period.csv'));
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(
      'does not say its period, flow: give --period YYYY or YYYY-MM and --flow exports|imports',
    );
    expect(existsSync(imports)).toBe(false);
  });

  it('imports the same China Customs file once the flags say it', () => {
    const code = run(
      fixture('gacc-en-no-period.csv'),
      '--period',
      '2023-05',
      '--flow',
      'exports',
      '--currency',
      'usd',
    );
    expect(code).toBe(0);
    const sidecar = importSidecar.parse(
      JSON.parse(readFileSync(path.join(imports, 'gacc_en_no_period.json'), 'utf8')),
    );
    expect(sidecar).toMatchObject({
      slug: 'gacc_en_no_period',
      originalName: 'gacc-en-no-period.csv',
      storedAs: 'gacc_en_no_period.csv',
      sha256: sha256Hex(readFileSync(fixture('gacc-en-no-period.csv'))),
      importedAt: '2025-01-02T03:04:05.000Z',
      options: { period: '2023-05', flow: 'exports', currency: 'USD' },
      format: 'gacc',
      rows: 3,
    });
    expect(readFileSync(path.join(imports, sidecar.storedAs))).toEqual(
      readFileSync(fixture('gacc-en-no-period.csv')),
    );
    expect(out).toContain('Run npm run data to build it into public/data/flows/user_gacc_en_no_period.csv.');
  });

  it('keeps the same bytes once, and a different file of the same name under a new slug', () => {
    expect(run(fixture('tidy-flows.csv'))).toBe(0);
    expect(run(fixture('tidy-flows.csv'))).toBe(0);
    expect(out.at(-1)).toBe('Already imported as user:tidy_flows (same sha256): nothing written.');
    const other = path.join(work, 'tidy-flows.csv');
    writeFileSync(other, readFileSync(fixture('tidy-flows.csv'), 'utf8').replace('2500000', '2500001'));
    expect(run(other)).toBe(0);
    expect(readdirSync(imports).sort()).toEqual([
      'tidy_flows.csv',
      'tidy_flows.json',
      'tidy_flows_2.csv',
      'tidy_flows_2.json',
    ]);
  });

  it('exits 1 with a message, not a stack trace, on a file it cannot read', () => {
    const file = path.join(work, 'notes.txt');
    writeFileSync(file, 'just some notes\nnothing tabular here\n');
    expect(run(file)).toBe(1);
    expect(err.join('\n')).toMatch(/^Cannot use this file: This file is not one we can read/);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
    expect(existsSync(imports)).toBe(false);
  });

  it('exits 1 when every row is refused', () => {
    const file = path.join(work, 'bad.csv');
    writeFileSync(
      file,
      'period,freq,exporter,importer,product,value,currency,quantity,quantity_unit,source,basis\n' +
        '2023-13,M,CHN,RUS,854231,1,USD,,,,exporter-reported\n',
    );
    expect(run(file)).toBe(1);
    expect(err.join('\n')).toContain('no row could be imported');
  });

  it('refuses a directory or a FIFO in one line naming it, without reading (or waiting on) it', () => {
    expect(run(work, '--dry-run')).toBe(1);
    expect(err).toEqual([`${work}: cannot read: a directory, not a regular file`]);
    const fifo = path.join(work, 'pipe.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    err = [];
    expect(run(fifo, '--dry-run')).toBe(1);
    expect(err).toEqual([`${fifo}: cannot read: a named pipe (FIFO), not a regular file`]);
  });

  it('escapes control characters from the file in everything it prints', () => {
    const attack = '\x1b[2J\x1b[HFAKE: import OK';
    const file = path.join(work, `name${'\x1b[31m'}.csv`);
    writeFileSync(
      file,
      'period,freq,exporter,importer,product,value,currency,quantity,quantity_unit,source,basis\n' +
        `2023-01,M,CHN,"${attack}\r\nline",854231,1,USD,,,,exporter-reported\n` +
        `${attack},M,CHN,RUS,854231,1,USD,,,,exporter-reported\n`,
    );
    run(file, '--dry-run');
    const printed = [...out, ...err];
    expect(printed.join('\n').length).toBeGreaterThan(0);
    // eslint-disable-next-line no-control-regex
    for (const line of printed) expect(line).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(printed.join('\n')).toContain('\\x1b[2J\\x1b[HFAKE: import OK');
    expect(printed.join('\n')).toContain('name\\x1b[31m.csv');
  });

  it('exits 2 on usage errors: no file, a missing file, a bad flag value', () => {
    expect(run()).toBe(2);
    expect(run(path.join(work, 'missing.csv'))).toBe(2);
    expect(err.join('\n')).toContain('no such file');
    expect(run(fixture('tidy-flows.csv'), '--flow', 'both')).toBe(2);
    expect(err.join('\n')).toContain('--flow: expected exports or imports, got "both"');
    expect(run(fixture('tidy-flows.csv'), '--period', '2023-13')).toBe(2);
  });
});

describe('slugOf', () => {
  it('makes a file-, URL- and id-safe slug', () => {
    expect(slugOf('China Customs 2023 (EN).csv')).toBe('china_customs_2023_en');
    expect(slugOf('数据.csv')).toBe('import');
    expect(slugOf(`${'a'.repeat(60)}.csv`)).toHaveLength(40);
  });
});
