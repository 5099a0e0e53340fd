// @vitest-environment node
// The optional sources: a hand-made monthly CHPL snapshot (fake values) and an imported file, built with the real
// raw sources into a temp dir; and what the manifest says when they are absent or wrong.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FILES, SOURCE_IDS } from '../../src/data/files';
import { manifest as manifestSchema, type ChplItem, type Manifest } from '../../src/data/schema';
import { main as importMain } from '../../scripts/import/cli';
import { buildData } from '../../scripts/pipeline/build';
import { chplMonthlySource, readChplSnapshot } from '../../scripts/pipeline/chpl-monthly';
import { CHPL_MONTHLY_CAVEAT_IDS as C, formatMonthRanges } from '../../scripts/pipeline/chpl-monthly-caveats';
import { PipelineError } from '../../scripts/pipeline/errors';
import { loadExtras } from '../../scripts/pipeline/load-extras';
import { defaultDataDir, sha256Hex } from '../../scripts/pipeline/resolve';
import { loadUserImports } from '../../scripts/pipeline/user-imports';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const SNAPSHOT = path.join(FIXTURES, 'comtrade-chpl/chpl-monthly.json');
const EVENTS_FIXTURE = path.join(FIXTURES, 'pipeline/events.csv');

let root = '';
let imports = '';
let manifest: Manifest;

const read = (file: string) => readFileSync(path.join(root, 'out', file), 'utf8');
const rowsOf = (file: string) =>
  Papa.parse<Record<string, string>>(read(file), { header: true, skipEmptyLines: true }).data;
const caveatText = (id: string) => manifest.caveats.find((c) => c.id === id)?.text ?? '';

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pipeline-extras-'));
  imports = path.join(root, 'data-imports');
  const quiet = () => undefined;
  const code = importMain([path.join(FIXTURES, 'importers/tidy-flows.csv'), '--dir', imports], {
    out: quiet,
    err: quiet,
    now: () => new Date(Date.UTC(2025, 0, 2)),
  });
  expect(code).toBe(0);
  manifest = (
    await buildData({
      dataDir: defaultDataDir(),
      outDir: path.join(root, 'out'),
      eventsFile: EVENTS_FIXTURE,
      chplMonthlySnapshot: SNAPSHOT,
      importsDir: imports,
    })
  ).manifest;
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('monthly CHPL snapshot in the build', () => {
  it('writes flows/comtrade_chpl_monthly.csv from the snapshot rows, converted by responsesToFlowRows', () => {
    const rows = rowsOf(DATA_FILES.comtradeChplMonthly);
    expect(rows.map((r) => `${r.period} ${r.importer} ${r.product} ${r.value} ${r.quantity}`)).toEqual([
      '2021-11 HKG 847150 2222222 ',
      '2021-11 RUS 854231 1111111 1',
      '2021-12 RUS 854231 1212121 1.5',
      '2022-01 KAZ 854149 5555555 0.25',
      '2022-01 RUS 854231 3333333 2',
      '2022-01 RUS 880730 4444444 ',
    ]);
    expect(new Set(rows.map((r) => `${r.exporter} ${r.source} ${r.basis} ${r.currency} ${r.freq}`))).toEqual(
      new Set(['CHN comtrade-monthly-chpl exporter-reported USD M']),
    );
  });

  it('gives it its own manifest file and source entry: retrieval, request, raw file hash', () => {
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    const file = manifest.files.find((f) => f.path === DATA_FILES.comtradeChplMonthly);
    expect(file).toMatchObject({ kind: 'flows', rows: 6, sources: [SOURCE_IDS.comtradeChpl] });
    const source = manifest.sources.find((s) => s.id === SOURCE_IDS.comtradeChpl);
    expect(source?.retrieved).toMatch(
      /^2099-01-02T03:04:05.000Z \(API request: preview endpoint, reporterCode=156/,
    );
    expect(source?.retrieved).toContain('partnerCode=643,344,398, period 2021-11..2022-03');
    expect(source?.rawFiles).toEqual([
      {
        name: 'tests/fixtures/comtrade-chpl/chpl-monthly.json',
        sha256: sha256Hex(readFileSync(SNAPSHOT)),
        bytes: readFileSync(SNAPSHOT).length,
      },
    ]);
    expect(source?.caveats).toEqual(expect.arrayContaining([C.basis, C.editions, C.unpublished]));
  });

  it('says which months were HS 2017 and HS 2022, which codes HS 2022 created, and which months are missing', () => {
    expect(caveatText(C.editions)).toContain('HS 2017: 2021-11..2021-12; HS 2022: 2022-01');
    expect(caveatText(C.editions)).toMatch(/880730.*854149|854149.*880730/);
    expect(caveatText(C.unpublished)).toContain('2022-02..2022-03. They are absent, never zero.');
    expect(manifest.breaks).toContainEqual(
      expect.objectContaining({ source: SOURCE_IDS.comtradeChpl, after: '2021-12', before: '2022-01' }),
    );
    expect(manifest.caveats.map((c) => c.id)).not.toContain(C.absent);
  });

  it('lists the snapshot partners in partners.csv', () => {
    const codes = rowsOf(DATA_FILES.partners).map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['HKG', 'KAZ', 'RUS']));
  });
});

describe('imported files in the build', () => {
  it('writes flows/user_<slug>.csv under source user:<slug>, with provenance, next to the built-in files', () => {
    const rows = rowsOf(DATA_FILES.userImport('tidy_flows'));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['user:tidy_flows']));
    const source = manifest.sources.find((s) => s.id === 'user:tidy_flows');
    expect(source?.citation).toContain('tidy-flows.csv (sha256 ');
    expect(source?.rawFiles[0]?.name).toBe('data-imports/tidy_flows.csv');
    expect(manifest.files.filter((f) => f.path === DATA_FILES.baciChpl)).toHaveLength(1);
  });

  it('refuses an imported file whose bytes changed after import', () => {
    const dir = path.join(root, 'changed-imports');
    importMain([path.join(FIXTURES, 'importers/tidy-flows.csv'), '--dir', dir], {
      out: () => undefined,
      err: () => undefined,
      now: () => new Date(),
    });
    writeFileSync(path.join(dir, 'tidy_flows.csv'), 'period\n');
    expect(() => loadUserImports(dir)).toThrow(/tidy_flows.csv: sha256 differs from its sidecar/);
  });
});

const CHPL: ChplItem[] = ['854231', '847150', '880730', '854149'].map((hs6_2022) => ({
  hs6_2022,
  tier: '1',
  description: 'test',
  source_url: 'https://example.org/',
}));

describe('without a snapshot, or with a wrong one', () => {
  it('builds no monthly file and says monthly CHPL data are not present', () => {
    const extras = loadExtras(
      { chplMonthlySnapshot: path.join(root, 'none.json'), repoRoot: root, log: () => undefined },
      CHPL,
      [],
    );
    expect(extras.sources).toEqual([]);
    expect(extras.absent.map((c) => c.id)).toEqual([C.absent]);
  });

  it('refuses a snapshot holding a code that is not on the CHPL', () => {
    const file = readChplSnapshot(path.join(FIXTURES, 'comtrade-chpl/chpl-monthly-not-chpl.json'), root);
    expect(file).not.toBeNull();
    if (!file) return;
    expect(() => chplMonthlySource(file, CHPL, [])).toThrow(PipelineError);
    expect(() => chplMonthlySource(file, CHPL, [])).toThrow(/product\(s\) 010620 are not CHPL codes/);
  });

  it('refuses a file that is not a snapshot, naming it', () => {
    const file = path.join(root, 'broken.json');
    writeFileSync(file, '{"rows": []}');
    expect(() => readChplSnapshot(file, root)).toThrow(
      /comtrade-monthly-chpl: broken.json is not a snapshot/,
    );
  });
});

describe('formatMonthRanges', () => {
  it('collapses consecutive months across a year end', () => {
    expect(formatMonthRanges(['2022-01', '2021-12', '2021-11', '2022-03'])).toBe('2021-11..2022-01, 2022-03');
  });
});
