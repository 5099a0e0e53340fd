// The user dataset through the chart pipeline: its own series, the built-in ones beside it, each with its source.
import { describe, expect, it } from 'vitest';
import { chartContext } from '../../../src/figure/spec-data/chart-context';
import { DATA_FILES } from '../../../src/data/files';
import type { FlowRow, ManifestFile } from '../../../src/data/schema';
import { userDataset } from '../../../src/query/user/dataset';
import { startSpec } from '../../../src/query/user/facts';
import { seriesSources } from '../../../src/export/csv';
import { dataPackageFiles } from '../../../src/export/package';
import { withChartSources } from '../../../src/export/provenance';
import { seriesContext } from '../../../src/export/series-context';
import { concordance, manifest, specFor, tables } from '../query/fixtures';
import { makeUserFile, months, userRow } from './fixtures';

const comtradeFile: ManifestFile = {
  path: DATA_FILES.comtradeMonthlyTotals,
  kind: 'flows',
  description: '',
  rows: 1,
  bytes: 1,
  sha256: 'b'.repeat(64),
  sources: ['comtrade-monthly-totals'],
  caveats: [],
};
const comtradeRows: FlowRow[] = months('2022', 12).map((period) =>
  userRow({ period, product: 'TOTAL', value: 900, source: 'comtrade-monthly-totals' }),
);

function setup(rows?: FlowRow[]) {
  const file = makeUserFile(rows);
  const dataset = userDataset(file);
  const base = { ...manifest, files: [...manifest.files, comtradeFile] };
  const baseTables = tables({ manifest: dataset.manifest(base) });
  const flows = new Map(baseTables.flows).set(DATA_FILES.comtradeMonthlyTotals, comtradeRows);
  return { file, dataset, tables: { ...baseTables, flows } };
}

const values = (series: { points: readonly { value: number | null }[] }) => series.points.map((p) => p.value);

describe('a reader’s file as a chart', () => {
  it('draws its months summed to complete years, with no value for a year it lacks months of', () => {
    const { dataset, tables: t } = setup();
    const spec = specFor('user', { products: [{ kind: 'tier', tier: '1' }], from: '2022', to: '2023' });
    const out = dataset.compute(spec, t);
    expect(out.series.map((s) => s.key)).toEqual(['1']);
    expect(values(out.series[0]!)).toEqual([120, null]);
    expect(out.series[0]?.sources).toEqual(['user:my_file_2023']);
    expect(out.notices).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/2022 are sums of their 12 months/),
        // TOTAL has only May 2022: 2022 is partial for it, complete for 854231.
        expect.stringMatching(/lacks some months of 2022, 2023/),
      ]),
    );
    expect(out.flowRows.every((row) => row.source === 'user:my_file_2023')).toBe(true);
  });

  it('puts BACI’s series beside it when asked, keyed and labelled by source', () => {
    const { dataset, tables: t } = setup();
    const spec = {
      ...specFor('user', { products: [{ kind: 'tier', tier: '1' }], from: '2021', to: '2022' }),
      compare: true as const,
    };
    const out = dataset.compute(spec, t);
    expect(out.series.map((s) => [s.key, s.label])).toEqual([
      ['1', expect.stringMatching(/\(your file\)$/)],
      ['baci-hs6/1', expect.stringMatching(/\(BACI\)$/)],
    ]);
    // BACI tier 1 in the query fixtures: 2021 = 20 + 5, 2022 = 40; the file has no 2021 (no data, not 0).
    expect(values(out.series[1]!)).toEqual([25, 40]);
    expect(values(out.series[0]!)).toEqual([null, 120]);
    const [own, baci] = out.series as [never, never];
    expect(seriesSources(baci, spec)).toEqual(['baci']);
    expect(seriesSources(own, spec)).toEqual(['user:my_file_2023']);
    expect(seriesContext(baci, spec).product).toBe('t:1');
    expect(new Set(out.flowRows.map((row) => row.source))).toEqual(new Set(['user:my_file_2023', 'baci']));
  });

  it('compares monthly totals with UN Comtrade’s monthly totals, never with BACI’s years', () => {
    const { dataset, tables: t } = setup();
    const spec = {
      ...specFor('user-monthly', { products: [{ kind: 'total' }], from: '2022-04', to: '2022-06' }),
      compare: true as const,
    };
    const out = dataset.compute(spec, t);
    expect(out.series.map((s) => s.key)).toEqual(['total', 'comtrade-monthly/total']);
    expect(values(out.series[0]!)).toEqual([null, 1000, null]);
    expect(values(out.series[1]!)).toEqual([900, 900, 900]);
    const products = dataset.compute({ ...spec, products: [{ kind: 'tier', tier: '1' }] }, t);
    expect(products.series.map((s) => s.key)).toEqual(['1']);
    expect(products.notices.at(-1)).toMatch(/No built-in monthly data to compare with for CHN-RUS/);
  });

  it('keeps yuan as yuan and compares nothing across currencies', () => {
    const rows = months('2022', 12).map((period) => userRow({ period, currency: 'CNY', value: 7 }));
    const { dataset, tables: t } = setup(rows);
    const spec = {
      ...specFor('user', { products: [{ kind: 'hs6', code: '854231' }], from: '2022', to: '2022' }),
      compare: true as const,
    };
    const out = dataset.compute(spec, t);
    expect(out.unit).toEqual({ kind: 'currency', currency: 'CNY' });
    expect(values(out.series[0]!)).toEqual([84]);
    expect(out.series).toHaveLength(1);
    expect(out.notices).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/not converted to US\$/),
        expect.stringMatching(/in CNY and the built-in data in US\$/),
      ]),
    );
  });

  it('needs only the built-in files it compares with, and never fetches the file held in memory', () => {
    const { file, dataset } = setup();
    const spec = specFor('user', { products: [{ kind: 'tier', tier: '1' }], from: '2022', to: '2022' });
    const catalog = {
      chplTier: new Map([['854231', '1' as const]]),
      approximate: new Set<string>(),
      chplName: new Map(),
      hsName: new Map(),
    };
    const paths = (s: typeof spec) => dataset.files(s, manifest, catalog).map((f) => f.path);
    expect(paths(spec)).toContain(DATA_FILES.inBrowserFile);
    expect(paths(spec)).not.toContain(DATA_FILES.baciChpl);
    expect(paths({ ...spec, compare: true })).toContain(DATA_FILES.baciChpl);
    expect(file.rows.length).toBeGreaterThan(0);
  });

  it('says in its source line and notes that it is the reader’s own, unverified file', () => {
    const { dataset, tables: t } = setup();
    const spec = specFor('user', { products: [{ kind: 'tier', tier: '1' }], from: '2022', to: '2022' });
    const context = chartContext({
      spec,
      manifest: t.manifest,
      flowPaths: [DATA_FILES.inBrowserFile],
      periods: ['2022'],
      events: [],
      concordance,
    });
    expect(context.sourceLine).toBe(
      'Source: Your file My file (2023).csv (imported in this browser, not verified).',
    );
    expect(context.caveats.map((c) => c.id)).toEqual(['user-file-unverified']);
    const base = 'China’s exports to Russia: CHPL tier 1';
    expect(dataset.title(base, dataset.compute(spec, t).series)).toBe(`${base} (your file)`);
    const compared = dataset.compute({ ...spec, compare: true }, t).series;
    expect(dataset.title(base, compared)).toBe(`${base} (your file and built-in data)`);
  });

  it('starts the explorer on China -> Russia, its CHPL tiers and every period it has', () => {
    const file = makeUserFile();
    expect(startSpec(file, concordance)).toMatchObject({
      dataset: 'user-monthly',
      flow: { exporter: 'CHN', importer: 'RUS' },
      products: [{ kind: 'tier', tier: '1' }],
      from: '2022-01',
      to: '2023-03',
    });
    expect(startSpec(file, concordance, { pair: 'CHN-KAZ', freq: 'M' })).toMatchObject({
      flow: { exporter: 'CHN', importer: 'KAZ' },
      products: [{ kind: 'hs6', code: '847130' }],
    });
    expect(startSpec(makeUserFile([]), concordance)).toBeNull();
  });
});

describe('downloads of a reader’s file', () => {
  it('name it as their own, unverified file in the package README, beside the built-in source', () => {
    const { dataset, tables: t } = setup();
    const spec = {
      ...specFor('user', { products: [{ kind: 'tier', tier: '1' }], from: '2021', to: '2022' }),
      compare: true as const,
    };
    const out = dataset.compute(spec, t);
    const context = chartContext({
      spec,
      manifest: t.manifest,
      flowPaths: [DATA_FILES.inBrowserFile, DATA_FILES.baciChpl],
      periods: out.periods,
      events: [],
      concordance,
    });
    // The published manifest lacks the file: the chart's own sources and caveats are added for the download.
    const published = withChartSources(manifest, {
      sources: context.sources,
      caveats: context.caveats,
    });
    const files = dataPackageFiles({
      series: out.series,
      spec,
      manifest: published,
      chart: { title: 't', subtitle: 's', url: 'https://example.org/#/explorer', notes: out.notices },
      fullRows: out.flowRows,
      generated: new Date('2025-01-01T00:00:00Z'),
    });
    const readme = files['README.md'] ?? '';
    expect(readme).toContain('### Your file: My file (2023).csv');
    expect(readme).toContain(
      '- Cite as: Your file My file (2023).csv (imported in this browser, not verified).',
    );
    expect(readme).toContain('(`user-file-unverified`)');
    const data = files['data.csv'] ?? '';
    expect(data).toMatch(
      /\r\n1,Tier 1[^\r]*\(your file\),2022,A,120,USD,[^\r]*,user:my_file_2023,exporter-reported\r\n/,
    );
    expect(data).toMatch(/\r\nbaci-hs6\/1,[^\r]*\(BACI\),2021,A,25,USD,[^\r]*,baci,reconciled\r\n/);
  });
});
