import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  gaccColumnFor,
  hasPublishedFigures,
  headlineMarksFor,
} from '../../../src/figure/published-marks/eligible';
import { loadPublishedMarks } from '../../../src/figure/published-marks/load';
import { DATA_FILES } from '../../../src/data/files';
import { gaccMarks, ytdPeriodText } from '../../../src/figure/published-marks/gacc-marks';
import { isPublisherPage } from '../../../src/data/publisher-link';
import { activateLocale, ensureCatalogue } from '../../../src/i18n/i18n';
import { LATER_CATALOGUE } from '../../../src/i18n/later-catalogue';
import type { GaccReportedTotal, Manifest } from '../../../src/data/schema';
import { defaultSpecFor, PRESETS, type ChartSpec } from '../../../src/spec';
import { fixtureManifest } from '../data/fixtures';
import { headline } from './fixtures';
import { withHeadlineFile } from './headline-manifest';

const row = (over: Partial<GaccReportedTotal>): GaccReportedTotal => ({
  period_start: '2023-01',
  period_end: '2023-06',
  china_exports_to_russia_usd_bn: 10.5,
  china_imports_from_russia_usd_bn: 20.25,
  total_trade_usd_bn: 30.75,
  source_as_attributed: 'China customs (GACC) via Fixture outlet',
  url: 'https://example.org/a',
  published: '2023-07-13',
  note: '',
  ...over,
});

describe('GACC year-to-date marks', () => {
  it('belong to China-reported monthly totals of one flow, by value', () => {
    expect(gaccColumnFor(PRESETS['monthly-totals-ytd'])).toBe('china_exports_to_russia_usd_bn');
    const imports = defaultSpecFor('comtrade-monthly');
    imports.flow = { kind: 'bilateral', exporter: 'RUS', importer: 'CHN' };
    expect(gaccColumnFor(imports)).toBe('china_imports_from_russia_usd_bn');
    expect(gaccColumnFor(defaultSpecFor('baci-hs6'))).toBeNull();
  });

  it('draw each published figure at its last month, in US$, with period, publisher and a secondary-report flag', () => {
    const [mark] = gaccMarks([row({})], 'china_exports_to_russia_usd_bn');
    expect(mark).toMatchObject({
      period: '2023-06',
      value: 10.5e9,
      url: 'https://example.org/a',
      secondary: true,
    });
    expect(mark?.title).toContain('Jan–Jun 2023');
    expect(mark?.title).toContain('China customs (GACC) via Fixture outlet');
    expect(mark?.sourceTitle).toBe('example.org, 2023-07-13');
  });

  it('are written in Chinese and Russian from the later catalogue, the outlet left to the link', async () => {
    await ensureCatalogue(LATER_CATALOGUE);
    try {
      await activateLocale('zh');
      await ensureCatalogue(LATER_CATALOGUE);
      const [zh] = gaccMarks([row({})], 'china_exports_to_russia_usd_bn');
      expect(zh?.title).toBe(
        '中国对俄罗斯出口，2023年1月至6月（年初至今累计）：105亿美元，中国海关总署（GACC）公布，转引自二手报道',
      );
      expect(zh?.label).toBe('GACC 105亿美元');
      await activateLocale('ru');
      await ensureCatalogue(LATER_CATALOGUE);
      const [ru] = gaccMarks([row({ period_end: '2023-12' })], 'china_imports_from_russia_usd_bn');
      expect(ru?.title).toMatch(/^Импорт Китая из России, январь–декабрь 2023 г\. \(нарастающим итогом/);
      expect(ru?.title).toContain('20,3 млрд долл.');
      expect(ru?.title).not.toContain('Fixture');
    } finally {
      await activateLocale('en');
    }
  });

  it('draw no mark for an empty figure (never 0)', () => {
    expect(
      gaccMarks([row({ china_exports_to_russia_usd_bn: null })], 'china_exports_to_russia_usd_bn'),
    ).toEqual([]);
  });

  it('name periods as published', () => {
    expect(ytdPeriodText({ period_start: '2025-01', period_end: '2025-12' })).toBe('Jan–Dec 2025');
    expect(ytdPeriodText({ period_start: '2026-01', period_end: '2026-02' })).toBe('Jan–Feb 2026');
  });
});

describe('isPublisherPage', () => {
  it('is true only for a page on the named publisher’s own site that relays no one', () => {
    expect(isPublisherPage('Carnegie Endowment, Brian Kot', 'https://carnegieendowment.org/research/x')).toBe(
      true,
    );
    expect(isPublisherPage('China customs (GACC) via TASS', 'https://tass.com/economy/1')).toBe(false);
    expect(isPublisherPage('Chinese customs (GACC) as reported by WSJ', 'https://gotradingasia.com/x')).toBe(
      false,
    );
    expect(isPublisherPage('Carnegie Endowment', 'not a url')).toBe(false);
  });
});

describe('headline figures follow the chart that measures them', () => {
  const IC = 'chinas-exports-of-integrated-circuits-to-russia-2022';
  const tier1 = (over: Partial<ChartSpec> = {}): ChartSpec => ({
    ...defaultSpecFor('baci-hs6'),
    products: [{ kind: 'tier', tier: '1' }],
    ...over,
  });

  it('sit on tier 1 wherever it is drawn alone as China’s exports to Russia in US$', () => {
    expect(headlineMarksFor(tier1())).toEqual([{ id: IC, seriesKey: '1' }]);
    expect(headlineMarksFor(tier1({ from: '2020', to: '2022', scale: 'log' }))).toEqual([
      { id: IC, seriesKey: '1' },
    ]);
    expect(headlineMarksFor(tier1({ chart: 'ranked-bar' }))).toEqual([{ id: IC, seriesKey: '1' }]);
    expect(hasPublishedFigures(tier1())).toBe(true);
  });

  it('stay off charts that measure something else', () => {
    const off: ChartSpec[] = [
      tier1({ products: [{ kind: 'tier', tier: '4.B' }] }),
      tier1({ transform: { kind: 'index', base: '2021' } }),
      tier1({ transform: { kind: 'yoy' } }),
      tier1({ chart: 'stacked-area' }),
      tier1({ breakdown: 'hs6' }),
      tier1({ measure: 'quantity' }),
      // Beside other lines a lone mark is easily read against the wrong one.
      tier1({
        products: [
          { kind: 'tier', tier: '2' },
          { kind: 'tier', tier: '1' },
        ],
      }),
      // Beside other lines a lone mark is easily read against the wrong one.
      tier1({
        products: [
          { kind: 'tier', tier: '2' },
          { kind: 'tier', tier: '1' },
        ],
      }),
      tier1({ flow: { kind: 'bilateral', exporter: 'RUS', importer: 'CHN' } }),
    ];
    for (const spec of off) expect(headlineMarksFor(spec), JSON.stringify(spec)).toEqual([]);
    expect(hasPublishedFigures(defaultSpecFor('baci-hs6'))).toBe(false);
  });

  it('are read from the file only when the manifest lists it', async () => {
    const headlines = [headline({ id: IC, value: '179', note: 'Same article: 2021 = $74M.' })];
    const seeded = (manifest: Manifest) => {
      const client = new QueryClient({
        defaultOptions: { queries: { queryFn: () => new Promise(() => {}) } },
      });
      client.setQueryData(['manifest'], manifest);
      client.setQueryData(['table', 'headlines', DATA_FILES.headlineFigures], {
        rows: headlines,
        errors: [],
      });
      return client;
    };
    const listed = await loadPublishedMarks(seeded(withHeadlineFile(fixtureManifest())), tier1());
    expect(listed.marks.map((m) => [m.period, m.value, m.seriesKey])).toEqual([
      ['2022', 179e6, '1'],
      ['2021', 74e6, '1'],
    ]);
    expect(listed.marks[0]?.sourceTitle).toBe('A newspaper');
    const unlisted = await loadPublishedMarks(seeded(fixtureManifest()), tier1());
    expect(unlisted.marks).toEqual([]);
  });
});
