// @vitest-environment node
// Chart subtitles (also the table caption and the embed caption) that compare periods: on the REAL manifest's
// breaks, every change-on-a-year-earlier or index chart whose compared periods fall on two sides of a break
// names that break in the same sentence (and the HS 2022 change for CHPL codes over all codes).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakClause, sourceBreaks } from '../../../src/figure/spec-data/break-clause';
import { filesForSpec } from '../../../src/query/spec-files';
import { specPeriods } from '../../../src/query/spec-periods';
import { productCatalog } from '../../../src/query/product-catalog';
import type { Manifest } from '../../../src/data/schema';
import { DATASETS } from '../../../src/spec/datasets';
import { defaultSpecFor } from '../../../src/spec/defaults';
import type { ChartSpec, DatasetId } from '../../../src/spec/schema';

const manifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/data/manifest.json'), 'utf8'),
) as Manifest;
const catalog = productCatalog([]);

function clauseFor(spec: ChartSpec): string | null {
  const { freq } = DATASETS[spec.dataset];
  const periods = specPeriods(spec.from, spec.to, freq);
  const flowPaths = filesForSpec(spec, manifest, catalog)
    .filter((f) => f.kind === 'flows')
    .map((f) => f.path);
  return breakClause(spec, sourceBreaks(manifest, flowPaths), periods);
}

const DATASETS_WITH_BREAKS: DatasetId[] = ['baci-hs6', 'imf-partners'];

describe('subtitles of charts that compare periods name the breaks they cross', () => {
  it('a change on a year earlier over 2017-2023 leads with the like-for-like part and names both breaks', () => {
    const clause = clauseFor({ ...defaultSpecFor('baci-hs6'), transform: { kind: 'yoy' } });
    expect(clause).toBe(
      'changes from 2023 are like for like; 2022 on 2021 crosses the 2022 change of basis ' +
        '(from 2022: China’s declarations only) and the HS 2022 change',
    );
  });

  it.each(DATASETS_WITH_BREAKS)(
    '%s: every base year and range that straddles 2021|2022 names it',
    (dataset) => {
      const base = defaultSpecFor(dataset);
      for (let from = 2017; from <= 2023; from++) {
        for (let to = from; to <= 2023; to++) {
          const yoy = clauseFor({ ...base, from: `${from}`, to: `${to}`, transform: { kind: 'yoy' } });
          if (from <= 2022 && to >= 2022) expect(yoy, `yoy ${from}-${to}`).toMatch(/2022 change of basis/);
          else expect(yoy, `yoy ${from}-${to}`).toBeNull();
          for (let year = from; year <= to; year++) {
            const index = clauseFor({
              ...base,
              from: `${from}`,
              to: `${to}`,
              transform: { kind: 'index', base: `${year}` },
            });
            const crosses = year <= 2021 ? to >= 2022 : from <= 2021;
            if (crosses) expect(index, `index ${year} in ${from}-${to}`).toMatch(/2022 change of basis/);
            else expect(index, `index ${year} in ${from}-${to}`).toBeNull();
          }
        }
      }
    },
  );

  it('names the HS 2022 change only where codes cross it (not on the comparable basis)', () => {
    const yoy: ChartSpec = { ...defaultSpecFor('baci-hs6'), transform: { kind: 'yoy' } };
    expect(clauseFor({ ...yoy, comparable: true })).not.toMatch(/HS 2022/);
    expect(clauseFor({ ...yoy, products: [{ kind: 'total' }] })).not.toMatch(/HS 2022/);
    expect(clauseFor({ ...defaultSpecFor('baci-hs6') })).toBeNull();
  });
});
