// @vitest-environment node
// Chart subtitles (also the table caption and the embed caption) that compare periods: on the REAL manifest's
// breaks, every change-on-a-year-earlier or index chart whose compared periods fall on two sides of a break
// names that break in the same sentence (and the HS 2022 change for CHPL codes over all codes).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakClause, periodCrossings, sourceBreaks } from '../../../src/figure/spec-data/break-clause';
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

function crossingsFor(spec: ChartSpec): Record<string, string> {
  const { freq } = DATASETS[spec.dataset];
  const periods = specPeriods(spec.from, spec.to, freq);
  const flowPaths = filesForSpec(spec, manifest, catalog)
    .filter((f) => f.kind === 'flows')
    .map((f) => f.path);
  return periodCrossings(spec, sourceBreaks(manifest, flowPaths), periods);
}

describe('each value that reads years on two sides of a break says so in its tooltip and table row', () => {
  it('a change on a year earlier: the 2022 value only, naming both breaks', () => {
    const crossings = crossingsFor({ ...defaultSpecFor('baci-hs6'), transform: { kind: 'yoy' } });
    expect(crossings).toEqual({
      '2022':
        'Compared with 2021: across the 2022 change of basis (from 2022: China’s declarations only) and the ' +
        'HS 2022 change',
    });
  });

  it('an index on 2021: every value from 2022; on 2022: every value up to 2021', () => {
    const base = defaultSpecFor('baci-hs6');
    const on2021 = crossingsFor({ ...base, transform: { kind: 'index', base: '2021' } });
    expect(Object.keys(on2021)).toEqual(['2022', '2023']);
    expect(on2021['2023']).toMatch(/^Compared with 2021: across the 2022 change of basis/);
    const on2022 = crossingsFor({ ...base, transform: { kind: 'index', base: '2022' } });
    expect(Object.keys(on2022)).toEqual(['2017', '2018', '2019', '2020', '2021']);
  });

  it('on the codes comparable across the HS change, only the change of basis is named', () => {
    const spec: ChartSpec = { ...defaultSpecFor('baci-hs6'), comparable: true, transform: { kind: 'yoy' } };
    expect(crossingsFor(spec)['2022']).not.toMatch(/HS 2022/);
    expect(crossingsFor(spec)['2022']).toMatch(/2022 change of basis/);
  });

  it('values that read their own year only carry nothing', () => {
    expect(crossingsFor(defaultSpecFor('baci-hs6'))).toEqual({});
    expect(
      crossingsFor({ ...defaultSpecFor('baci-hs6'), transform: { kind: 'share', of: 'total' } }),
    ).toEqual({});
  });
});
