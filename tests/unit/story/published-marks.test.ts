import { describe, expect, it } from 'vitest';
import { gaccColumnFor } from '../../../src/app/published-marks/eligible';
import { gaccMarks, ytdPeriodText } from '../../../src/app/published-marks/gacc-marks';
import { isPublisherPage } from '../../../src/data/publisher-link';
import type { GaccReportedTotal } from '../../../src/data/schema';
import { defaultSpecFor, PRESETS } from '../../../src/spec';

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
