import { describe, expect, it } from 'vitest';
import type { GaccReportedTotal } from '../../../src/data/schema';
import { afterDetailFinding } from '../../../src/story/facts/after-detail';
import { flow, storyData } from './fixtures';

const gacc = (
  end: string,
  exports: number | null,
  total: number | null,
  outlet: string,
): GaccReportedTotal => ({
  period_start: `${end.slice(0, 4)}-01`,
  period_end: end,
  china_exports_to_russia_usd_bn: exports,
  china_imports_from_russia_usd_bn: null,
  total_trade_usd_bn: total,
  source_as_attributed: `China customs (GACC) via ${outlet}`,
  url: `https://example.org/${outlet}`,
  published: '',
  note: '',
});

const months = (year: string, value: number) =>
  Array.from({ length: 12 }, (_, i) =>
    flow({
      period: `${year}-${String(i + 1).padStart(2, '0')}`,
      freq: 'M',
      product: 'TOTAL',
      value,
      source: 'comtrade-monthly-totals',
    }),
  );

describe('afterDetailFinding', () => {
  const comtrade = months('2024', 10e9);
  const gaccTotals = [
    gacc('2024-06', 50, 110, 'A'),
    gacc('2024-12', 120, 240, 'B'),
    gacc('2025-06', 45, 100, 'C'),
    gacc('2025-12', null, 228, 'D'),
    gacc('2026-02', 18, 39, 'E'),
  ];

  it('quotes GACC after our last month, changes only between the same months of two years, each with its outlet', () => {
    const finding = afterDetailFinding(storyData({ comtrade, gaccTotals }));
    expect(finding.figures.total2025).toBe(228);
    expect(finding.figures.totalChange2025).toBeCloseTo(228 / 240);
    expect(finding.figures.exportsChange2025).toBeCloseTo(45 / 50);
    const text = finding.sentences.join(' ');
    expect(text).toContain('Our month-by-month data end in December 2024');
    expect(text).toContain('$228.0 bn in 2025 (D), −5.0% on the $240.0 bn GACC published for 2024 (B)');
    expect(text).toMatch(
      /\$45\.0 bn in January–June 2025 \(C\), −10(\.0)?% on \$50\.0 bn in January–June 2024 \(A\)/,
    );
    expect(text).toContain('January–February 2026');
    expect(text).toContain('no GACC figure for the same months of 2025');
    expect(text).toContain('The split of 2025 into exports and imports is left out');
    // The one comparison with our own data names the change of source.
    expect(text).toMatch(/change of source[^]*our months sum to \$120\.0 bn, 0\.0% apart/);
    expect(finding.sources?.map((s) => s.url)).toContain('https://example.org/D');
    expect(finding.sources?.every((s) => s.secondary)).toBe(true);
  });

  it('says there is nothing after our data when the build has no published totals', () => {
    const finding = afterDetailFinding(storyData({ comtrade, gaccTotals: [] }));
    expect(finding.sentences.join(' ')).toContain('holds no published figure');
  });
});
