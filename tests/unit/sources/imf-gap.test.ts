import { describe, expect, it } from 'vitest';
import { imfAboveComtrade, sourcesAgreeText } from '../../../src/sources/imf-gap';
import type { ReconciliationRow } from '../../../src/data/schema';

// Hand-made rows in the shape of reconciliation.csv; only the fields the gap reads matter.
const row = (year: number, imfVsComtrade: number | null): ReconciliationRow => ({
  year: String(year),
  baci_usd: null,
  comtrade_usd: null,
  comtrade_months: 12,
  imf_usd: null,
  comtrade_vs_baci_pct: null,
  imf_vs_baci_pct: null,
  imf_vs_comtrade_pct: imfVsComtrade,
});

describe('the IMF-above-Comtrade gap on the Sources page', () => {
  it('spans the years both sources have, rounded to whole per cent', () => {
    const range = imfAboveComtrade([row(2016, null), row(2017, 12.09), row(2018, 8.76), row(2024, 7.8)]);
    expect(range).toEqual({ min: 7.8, max: 12.09, from: '2017', to: '2024' });
    expect(sourcesAgreeText(range)).toContain(
      '(including freight and insurance), so it is 8–12% higher than China’s declaration in every year both have (2017–2024). From 2022',
    );
  });

  it('never states a figure without data', () => {
    expect(imfAboveComtrade([row(2016, null)])).toBeNull();
    expect(sourcesAgreeText(null)).toContain('so it is usually higher than China’s declaration. From 2022');
  });
});
