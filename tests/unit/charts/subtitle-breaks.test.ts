// A chart whose values compare periods across a break names the break in its subtitle, which is also the caption
// of its table and of its embed (issue 10 item 3). Drawn from the made-up snapshot fixture through the site's code.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataFolder, specChartData } from '../../../scripts/prerender/chart-data';
import { PRESETS } from '../../../src/spec';

const folder = openDataFolder(path.resolve(import.meta.dirname, '../../fixtures/snapshot-data/data'));

describe('subtitles of charts that compare across a break', () => {
  it('an index on 2021 names the 2022 change of basis its later values cross', () => {
    const data = specChartData(folder, PRESETS['tier1-index-2021']);
    expect(data.subtitle).toMatch(/values from 2022 compared with 2021 cross the 2022 change of basis/);
  });

  it('a change on a year earlier leads with the like-for-like years, then names the crossing', () => {
    const data = specChartData(folder, {
      ...PRESETS['chpl-tiers'],
      chart: 'line',
      transform: { kind: 'yoy' },
    });
    expect(data.subtitle).toMatch(
      /changes from 2023 are like for like; 2022 on 2021 crosses the 2022 change of basis/,
    );
  });

  it('a chart of plain values says nothing more', () => {
    const data = specChartData(folder, PRESETS['chpl-tiers']);
    expect(data.subtitle).not.toMatch(/cross/);
  });
});
