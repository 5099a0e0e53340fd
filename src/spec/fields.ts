// The spec's limits, the values of its enum fields and the product key, without zod: browser code (URL
// reading, the explorer's controls, charts) imports these, while the zod schemas in schema.ts are built from
// the same lists and serve tests and Node.
import type { ProductSelector } from './schema';

/** Most series (products, or partners) one chart may show: beyond this a chart stops being readable. */
export const MAX_SERIES = 20;
export const MAX_TOP_N = 50;
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

export { DATASET_IDS } from './datasets';
export const DIRECTIONS = ['imports', 'exports'] as const;
export const MEASURES = ['value', 'quantity', 'unit-value'] as const;
export const SHARE_DENOMINATORS = ['total', 'chpl', 'selection'] as const;
export const ROLLING_WINDOWS = [3, 6, 12] as const;
export const BREAKDOWNS = ['none', 'hs2', 'hs4', 'hs6'] as const;
export { CHART_TYPES } from './chart-types';
export const SCALES = ['linear', 'log'] as const;
export const VIEWS = ['chart', 'table', 'sources'] as const;

/** HS4 headings and HS2 chapters in product selectors (HS6 codes use the data contract's pattern). */
export const HS4_PATTERN = /^\d{4}$/;
export const HS4_MESSAGE = 'expected a 4-digit HS heading';
export const HS2_PATTERN = /^(0[1-9]|[1-9]\d)$/;
export const HS2_MESSAGE = 'expected an HS chapter 01-99';
export const YEAR_RANGE_MESSAGE = `expected a year between ${MIN_YEAR} and ${MAX_YEAR}`;

/** A stable text key of a selector, used to spot duplicates (and as its URL token). */
export function productKey(selector: ProductSelector): string {
  switch (selector.kind) {
    case 'tier':
      return `t:${selector.tier}`;
    case 'hs6':
      return `h6:${selector.code}`;
    case 'hs4':
      return `h4:${selector.code}`;
    case 'hs2':
      return `h2:${selector.code}`;
    case 'chpl-all':
      return 'chpl';
    case 'total':
      return 'total';
    case 'eu-sanctioned':
      return 'eus';
  }
}

/** A period bound's year lies in the span the spec accepts (the pattern is checked first). */
export function isYearInRange(period: string): boolean {
  const year = Number(period.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}
