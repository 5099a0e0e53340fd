// @vitest-environment node
// China Customs' year-to-date totals as quoted by the press (gacc-reported-totals/): an optional source pinned by
// sha256 like the others. Present, the build writes gacc_reported_totals.csv with each row's publisher and page,
// listed in the manifest with its source and caveat; changed, it is refused; absent, the manifest says so.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FILES, SOURCE_IDS } from '../../src/data/files';
import type { Manifest } from '../../src/data/schema';
import { buildData } from '../../scripts/pipeline/build';
import { REGISTRY } from '../../scripts/sources/registry';
import { defaultDataDir } from '../../scripts/pipeline/resolve';

const EVENTS_FIXTURE = path.resolve(__dirname, '../fixtures/pipeline/events.csv');
const RAW = 'gacc-reported-totals/gacc_reported_totals.csv';

let root = '';
let full: Manifest;

async function build(outDir: string, rawPaths: Record<string, string> = {}): Promise<Manifest> {
  const result = await buildData({
    dataDir: defaultDataDir(),
    outDir,
    eventsFile: EVENTS_FIXTURE,
    rawPaths,
    now: new Date(Date.UTC(2025, 0, 2)),
  });
  return result.manifest;
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'pipeline-gacc-'));
  full = await build(path.join(root, 'full'));
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the GACC year-to-date totals in the build', () => {
  it('writes one row per published figure, each with its publisher and page, listed with source and caveat', () => {
    const file = full.files.find((f) => f.path === DATA_FILES.gaccReportedTotals);
    expect(file).toMatchObject({ kind: 'published-totals', sources: [SOURCE_IDS.gaccReportedTotals] });
    expect(file?.caveats).toEqual(['gacc-reported-totals-published']);
    const source = full.sources.find((s) => s.id === SOURCE_IDS.gaccReportedTotals);
    expect(source?.rawFiles.map((f) => f.name)).toEqual([RAW]);
    const lines = readFileSync(path.join(root, 'full', DATA_FILES.gaccReportedTotals), 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'period_start,period_end,china_exports_to_russia_usd_bn,china_imports_from_russia_usd_bn,' +
        'total_trade_usd_bn,source_as_attributed,url,published,note',
    );
    expect(lines).toHaveLength((file?.rows ?? 0) + 1);
    // 2025's export split is left empty by the source file (the press disagrees): empty, never 0.
    expect(lines.find((l) => l.startsWith('2025-01,2025-12,'))).toMatch(/^2025-01,2025-12,,,228\.105,/);
    expect(full.caveats.map((c) => c.id)).not.toContain(REGISTRY.gaccReportedTotals.absent.id);
  });

  it('refuses a file that differs from its pin', async () => {
    const changed = path.join(root, 'changed.csv');
    writeFileSync(changed, 'period_start\n2023-01\n');
    await expect(build(path.join(root, 'changed'), { [RAW]: changed })).rejects.toThrow(/sha256/);
  }, 60_000);

  it('goes on without it, saying so in the manifest', async () => {
    const without = await build(path.join(root, 'without'), { [RAW]: path.join(root, 'none', 'x.csv') });
    expect(without.files.map((f) => f.path)).not.toContain(DATA_FILES.gaccReportedTotals);
    expect(without.sources.map((s) => s.id)).not.toContain(SOURCE_IDS.gaccReportedTotals);
    // With its Chinese and Russian words (scripts/curated/text_translations.csv) beside the English.
    expect(without.caveats).toContainEqual(expect.objectContaining(REGISTRY.gaccReportedTotals.absent));
    expect(without.caveats.find((c) => c.id === REGISTRY.gaccReportedTotals.absent.id)?.zh?.title).toBe(
      '本版本未包含中国海关的年初至今累计数',
    );
  }, 60_000);
});
