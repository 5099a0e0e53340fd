// The chart spec: one serialisable object that says what a chart shows. The story, the explorer and embeds
// all render a ChartSpec through the same code, and the URL holds its difference from the defaults.
// zod here serves tests and Node; browser code reads URLs with the zod-free codecs (url-fields.ts) and
// imports only types from this module, its constants and lists from fields.ts.
import * as z from 'zod/mini';
import { chplTier, hs6Code, partnerCode, period } from '../data/schema';
import { specIssues } from './consistency';
import {
  BREAKDOWNS,
  CHART_TYPES,
  DATASET_IDS,
  DIRECTIONS,
  HS2_MESSAGE,
  HS2_PATTERN,
  HS4_MESSAGE,
  HS4_PATTERN,
  isYearInRange,
  MAX_SERIES,
  MAX_TOP_N,
  MEASURES,
  productKey,
  ROLLING_WINDOWS,
  SCALES,
  SHARE_DENOMINATORS,
  VIEWS,
  YEAR_RANGE_MESSAGE,
} from './fields';

export { MAX_SERIES, MAX_TOP_N, MAX_YEAR, MIN_YEAR, productKey } from './fields';

export const datasetId = z.enum(DATASET_IDS);
export type DatasetId = z.infer<typeof datasetId>;

/** A period bound: "YYYY" or "YYYY-MM", within a plausible span of years. */
export const specPeriod = period.check(z.refine(isYearInRange, YEAR_RANGE_MESSAGE));

/** What one series is made of: a CHPL tier, an HS code or HS group, all CHPL codes, all goods, the EU basket. */
export const productSelector = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tier'), tier: chplTier }),
  z.object({ kind: z.literal('hs6'), code: hs6Code }),
  z.object({
    kind: z.literal('hs4'),
    code: z.string().check(z.regex(HS4_PATTERN, HS4_MESSAGE)),
  }),
  z.object({
    kind: z.literal('hs2'),
    code: z.string().check(z.regex(HS2_PATTERN, HS2_MESSAGE)),
  }),
  z.object({ kind: z.literal('chpl-all') }),
  z.object({ kind: z.literal('total') }),
  z.object({ kind: z.literal('eu-sanctioned') }),
]);
export type ProductSelector = z.infer<typeof productSelector>;
export type ProductKind = ProductSelector['kind'];

const unique =
  <T>(key: (item: T) => string) =>
  (items: readonly T[]) =>
    new Set(items.map(key)).size === items.length;

export const direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof direction>;

/**
 * Bilateral: one exporter -> one importer (BACI, Comtrade). Partners: one reporter's imports or exports,
 * one series per partner (IMF: Russia by partner; Eurostat: the EU to Russia and its neighbours).
 */
export const flow = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('bilateral'), exporter: partnerCode, importer: partnerCode })
    .check(z.refine((f) => f.exporter !== f.importer, 'exporter and importer must differ')),
  z
    .object({
      kind: z.literal('partners'),
      reporter: partnerCode,
      direction,
      partners: z.readonly(
        z.array(partnerCode).check(
          z.minLength(1),
          z.maxLength(MAX_SERIES),
          z.refine(
            unique((code: string) => code),
            'partners must not repeat',
          ),
        ),
      ),
    })
    .check(z.refine((f) => !f.partners.includes(f.reporter), 'a reporter is not its own partner')),
]);
export type Flow = z.infer<typeof flow>;

export const measure = z.enum(MEASURES);
export type Measure = z.infer<typeof measure>;

/** The denominator of a share: all goods of the same flow, the CHPL basket, or the sum of the shown series. */
export const shareDenominator = z.enum(SHARE_DENOMINATORS);
export type ShareDenominator = z.infer<typeof shareDenominator>;

export const rollingWindow = z.literal(ROLLING_WINDOWS);

export const transform = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('absolute') }),
  z.object({ kind: z.literal('share'), of: shareDenominator }),
  /** Base period = 100. A base outside the data gives an all-null index with a reason, not an error. */
  z.object({ kind: z.literal('index'), base: specPeriod }),
  z.object({ kind: z.literal('yoy') }),
  z.object({ kind: z.literal('rolling'), window: rollingWindow }),
  /** Cumulative from January, restarting each year (monthly data): compares with published year-to-date totals. */
  z.object({ kind: z.literal('ytd') }),
]);
export type Transform = z.infer<typeof transform>;

/** Series are the selected products themselves, or the HS codes inside them (then the top N by value). */
export const breakdown = z.enum(BREAKDOWNS);
export type Breakdown = z.infer<typeof breakdown>;

/** "ranked-bar" ranks the top N series in the `to` period. */
export const chartType = z.enum(CHART_TYPES);
export type ChartType = z.infer<typeof chartType>;

export const scale = z.enum(SCALES);
export const view = z.enum(VIEWS);

/** Every field on its own; `chartSpec` adds the rules between fields. */
export const chartSpecFields = z.object({
  dataset: datasetId,
  flow,
  products: z.readonly(
    z
      .array(productSelector)
      .check(
        z.minLength(1),
        z.maxLength(MAX_SERIES),
        z.refine(unique(productKey), 'products must not repeat'),
      ),
  ),
  breakdown,
  /** Inclusive bounds; a year bound covers its months ("2019" from 2019-01, "2023" to 2023-12). */
  from: specPeriod,
  to: specPeriod,
  measure,
  transform,
  chart: chartType,
  scale,
  topN: z.number().check(z.int(), z.gte(1), z.lte(MAX_TOP_N)),
  events: z.boolean(),
  breaks: z.boolean(),
  view,
  /**
   * A reader's own file only: draw the built-in series for the same flow, products and period beside the
   * file's (BACI when annual, Comtrade monthly totals when monthly). Absent, never false, so URLs round-trip.
   */
  compare: z.optional(z.literal(true)),
  /**
   * CHPL tiers and totals over the codes comparable across the HS 2017 -> HS 2022 change only (the like-for-like
   * basis, see comparable.ts). Absent, never false, so URLs round-trip.
   */
  comparable: z.optional(z.literal(true)),
});
export type ChartSpec = z.infer<typeof chartSpecFields>;

export const chartSpec = chartSpecFields.check(
  z.superRefine((spec, ctx) => {
    for (const issue of specIssues(spec)) {
      // The rule's id (e.g. "c.log"): this schema checks specs in tests and Node, where no reader sees it.
      ctx.addIssue({ code: 'custom', message: issue.reason.id, path: [issue.field] });
    }
  }),
);
