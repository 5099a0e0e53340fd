// @vitest-environment node
// The headline figures are an optional source: a build whose raw files lack headline_figures.csv (a build from
// origin) completes with the real raw sources, writes no headline file, lists no headline source, and says so in
// a caveat; everything else is as in a full build. A headline file that is there is still verified.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FILES, SOURCE_IDS } from '../../src/data/files';
import type { Manifest } from '../../src/data/schema';
import { buildData } from '../../scripts/pipeline/build';
import { REGISTRY } from '../../scripts/sources/registry';
import { defaultDataDir } from '../../scripts/pipeline/resolve';

const EVENTS_FIXTURE = path.resolve(__dirname, '../fixtures/pipeline/events.csv');

let root = '';
let full: Manifest;
let without: Manifest;

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
  root = mkdtempSync(path.join(os.tmpdir(), 'pipeline-optional-'));
  full = await build(path.join(root, 'full'));
  without = await build(path.join(root, 'without'), {
    'headline_figures.csv': path.join(root, 'no-such-dir/headline_figures.csv'),
  });
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build without headline_figures.csv', () => {
  it('completes, with no headline file and no headline source', () => {
    expect(full.files.map((f) => f.path)).toContain(DATA_FILES.headlineFigures);
    expect(without.files.map((f) => f.path)).not.toContain(DATA_FILES.headlineFigures);
    expect(without.sources.map((s) => s.id)).not.toContain(SOURCE_IDS.headlineFigures);
    expect(full.sources.map((s) => s.id)).toContain(SOURCE_IDS.headlineFigures);
  });

  it('says in the manifest that the headline figures are not included', () => {
    // With its Chinese and Russian words (scripts/curated/text_translations.csv) beside the English.
    expect(without.caveats).toContainEqual(expect.objectContaining(REGISTRY.headlines.absent));
    expect(without.caveats.find((c) => c.id === REGISTRY.headlines.absent.id)?.zh?.title).toBe(
      '本版本未包含标题数字',
    );
    expect(REGISTRY.headlines.absent.title).toBe('Headline figures not included in this build');
    expect(full.caveats.map((c) => c.id)).not.toContain(REGISTRY.headlines.absent.id);
  });

  it('leaves every other file exactly as in a full build', () => {
    const others = (m: Manifest) =>
      m.files.filter((f) => f.path !== DATA_FILES.headlineFigures).map((f) => [f.path, f.sha256]);
    expect(others(without)).toEqual(others(full));
  });

  it('still refuses a headline file that is there but differs from its pin', async () => {
    const changed = path.join(root, 'headline_figures.csv');
    writeFileSync(changed, 'claim,value\nnot the pinned file,1\n');
    await expect(build(path.join(root, 'changed'), { 'headline_figures.csv': changed })).rejects.toThrow(
      /headline_figures\.csv.*sha256 mismatch|sha256 mismatch for headline_figures\.csv/,
    );
  });
});
