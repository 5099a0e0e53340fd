// One row per transform: everything the app says or does about a kind of transform (its URL token, the earlier
// periods it reads, how it is computed, its unit, its words, where it is available) in one place.
// A new transform is its schema member (schema.ts), its row here, its row in transform-choices.ts (the
// explorer's name for it and the transform it picks, apart so that a page that only draws a chart does not load
// them), its CSV token (src/export/series-context.ts, with the downloads) and its maths (src/data/transforms/):
// the types make a missing row, or a missing field of a row, a compile error.
import type { Frequency } from '../data/schema';
import type { Series, Unit } from '../data/series';
import { indexTo } from '../data/transforms/index-to';
import { rollingSum } from '../data/transforms/rolling-sum';
import { selectionTotal } from '../data/transforms/selection-total';
import { shareOf } from '../data/transforms/share-of';
import { yearOverYear } from '../data/transforms/year-over-year';
import { yearToDate } from '../data/transforms/year-to-date';
import type { DatasetCapabilities } from './datasets';
import { ROLLING_WINDOWS } from './fields';
import type { Measure, ShareDenominator, Transform } from './schema';
import { i18n } from '../i18n/i18n';
import { readSpecPeriod } from './url-values';

export type TransformKind = Transform['kind'];
export type TransformOf<K extends TransformKind> = Extract<Transform, { kind: K }>;

export interface TransformResult {
  series: Series[];
  notices: string[];
}

// Methods (not function-valued properties), so that a row of one kind can be read as a TransformRow<TransformKind>
// by `transformRow`, which picks it by the transform's own kind.
export interface TransformRow<K extends TransformKind> {
  /** The name in the URL (`tf=<name>` or `tf=<name>:<argument>`). */
  urlName: string;
  /** What the URL accepts, for the error message ("roll:3|6|12"). */
  urlShape: string;
  writeUrl(transform: TransformOf<K>): string;
  /** The transform from the URL's argument after `<name>:` (undefined when there is none); undefined if unreadable. */
  readUrl(arg: string | undefined): TransformOf<K> | undefined;
  /** How many periods before the first shown one the transform reads. */
  leadIn(transform: TransformOf<K>, freq: Frequency): number;
  /** Computes it. What cannot be computed becomes null with a notice, never a guess. */
  apply(series: Series[], transform: TransformOf<K>, denominator: Series | null): TransformResult;
  /** The unit of the result, from the unit of the measured series. */
  unit(transform: TransformOf<K>, measured: Unit): Unit;
  /** Its words in the chart's subtitle ("share of all goods (by value)"), in the active language; null: none. */
  phrase(transform: TransformOf<K>, measure: Measure): string | null;
  /** Whether a dataset can have it at all (else the explorer's choice is disabled, with its reason in the explorer's
   * words: src/explorer/availability.ts). */
  available(dataset: DatasetCapabilities): boolean;
  /** Its argument fits the dataset (a share's denominator, an index's base period at the dataset's frequency). */
  fits(transform: TransformOf<K>, dataset: DatasetCapabilities): boolean;
  /** Its values can be negative: no log scale. */
  signed: boolean;
  /** A sum or ratio of prices means nothing: its name in the notice when applied to unit values; null if it applies. */
  meaninglessOnUnitValues: string | null;
  /** Its values start again each January (a chart must not join December to January). */
  restartsEachYear: boolean;
  /**
   * For a transform that compares two periods: the subtitle's clause when a shown comparison crosses the break
   * between `year - 1` and `year` (`breaks` names it), given the years shown; null when none crosses it.
   */
  breakClause(
    transform: TransformOf<K>,
    years: readonly number[],
    year: number,
    breaks: string,
  ): string | null;
  /**
   * The years one value at `period` reads, when they are more than its own (a change on a year earlier, an index
   * on a base, a rolling sum reaching back into the year before): a break between them lies inside that one value,
   * and its tooltip says so in `words` (`crosses` names the breaks). null: the value reads its own year only.
   */
  spans(transform: TransformOf<K>, period: string): { from: number; to: number } | null;
  spanWords(transform: TransformOf<K>, period: string, crosses: string): string;
}

const SHARE_TOKENS: Readonly<Record<ShareDenominator, string>> = {
  total: 'total',
  chpl: 'chpl',
  selection: 'sel',
};

/** The measure as a share's basis ("by value"); messages, so that each language words it as its share phrase needs. */
const byMeasure = (measure: Measure) =>
  ({
    value: () => i18n._({ id: 'tf.by-value', message: 'value' }),
    quantity: () => i18n._({ id: 'tf.by-qty', message: 'quantity' }),
    'unit-value': () => i18n._({ id: 'tf.by-uv', message: 'unit value' }),
  })[measure]();

/** The measure as the subject of the subtitle ("value indexed"). */
export const measureName = (measure: Measure) =>
  ({
    value: () => i18n._({ id: 'tf.value', message: 'value' }),
    quantity: () => i18n._({ id: 'tf.qty', message: 'quantity' }),
    'unit-value': () => i18n._({ id: 'tf.uv', message: 'unit value' }),
  })[measure]();

/** One whole message per denominator: "share of" reads differently with each in Chinese and Russian. */
function sharePhrase(of: ShareDenominator, measure: Measure): string {
  const by = byMeasure(measure);
  if (of === 'total')
    return i18n._({ id: 'tf.share-total', message: 'share of all goods (by {by})' }, { by });
  if (of === 'chpl')
    return i18n._({ id: 'tf.share-chpl', message: 'share of all CHPL goods (by {by})' }, { by });
  return i18n._({ id: 'tf.share-sel', message: 'share of the products shown (by {by})' }, { by });
}

const monthlyOnly = (dataset: DatasetCapabilities) => dataset.freq === 'M';
const always = () => true;
const never = () => null;
const yearOf = (period: string) => Number(period.slice(0, 4));
/** Only the value's own year: nothing inside it can cross a break. */
const ownYear = () => null;
const noWords = () => '';

/** The notice when a share has nothing to divide by: one whole sentence per denominator. */
const noDivisor = (of: ShareDenominator) =>
  of === 'total'
    ? i18n._({
        id: 'tf.no-total',
        message: 'There is no total of all goods to divide by: the shares are left empty.',
      })
    : of === 'chpl'
      ? i18n._({
          id: 'tf.no-chpl',
          message: 'There is no CHPL total to divide by: the shares are left empty.',
        })
      : i18n._({
          id: 'tf.no-sel',
          message: 'There is no selection total to divide by: the shares are left empty.',
        });

function shareSeries(series: Series[], denominator: Series | null, of: ShareDenominator): TransformResult {
  if (!denominator) {
    const empty = series.map((s) => ({
      ...s,
      unit: { kind: 'percent' } as const,
      points: s.points.map((p) => ({ ...p, value: null })),
    }));
    return { series: empty, notices: [noDivisor(of)] };
  }
  return { series: series.map((s) => shareOf(s, denominator)), notices: [] };
}

/** In the order the explorer lists them. */
export const TRANSFORMS: { readonly [K in TransformKind]: TransformRow<K> } = {
  absolute: {
    urlName: 'abs',
    urlShape: 'abs',
    writeUrl: () => 'abs',
    readUrl: (arg) => (arg === undefined ? { kind: 'absolute' } : undefined),
    leadIn: () => 0,
    apply: (series) => ({ series, notices: [] }),
    unit: (_t, measured) => measured,
    phrase: () => null,
    available: always,
    fits: always,
    signed: false,
    meaninglessOnUnitValues: null,
    restartsEachYear: false,
    breakClause: never,
    spans: ownYear,
    spanWords: noWords,
  },
  share: {
    urlName: 'share',
    urlShape: 'share:total|chpl|sel',
    writeUrl: (t) => `share:${SHARE_TOKENS[t.of]}`,
    readUrl: (arg) => {
      const of = (Object.keys(SHARE_TOKENS) as ShareDenominator[]).find((key) => SHARE_TOKENS[key] === arg);
      return of === undefined ? undefined : { kind: 'share', of };
    },
    leadIn: () => 0,
    apply: (series, t, denominator) =>
      shareSeries(series, t.of === 'selection' ? selectionTotal(series) : denominator, t.of),
    unit: () => ({ kind: 'percent' }),
    phrase: (t, measure) => sharePhrase(t.of, measure),
    available: (dataset) => dataset.shareOf.length > 0,
    fits: (t, dataset) => dataset.shareOf.includes(t.of),
    signed: false,
    meaninglessOnUnitValues: 'share',
    restartsEachYear: false,
    breakClause: never,
    spans: ownYear,
    spanWords: noWords,
  },
  /** Base period = 100. A base outside the data gives an all-null index with a notice, not an error. */
  index: {
    urlName: 'index',
    urlShape: 'index:<period>',
    writeUrl: (t) => `index:${t.base}`,
    readUrl: (arg) => {
      if (arg === undefined) return undefined;
      const base = readSpecPeriod(arg);
      return base.ok ? { kind: 'index', base: base.value } : undefined;
    },
    leadIn: () => 0,
    apply: (series, t) => {
      const results = series.map((s) => indexTo(s, t.base));
      const missing = results.filter((r) => r.reason !== null).map((r) => r.series.label);
      const notices = missing.length
        ? [
            i18n._(
              { id: 'tf.no-base', message: 'No value in {base} to index to, so no index for: {list}.' },
              { base: t.base, list: missing.join(', ') },
            ),
          ]
        : [];
      return { series: results.map((r) => r.series), notices };
    },
    unit: (t) => ({ kind: 'index', base: t.base }),
    phrase: (_t, measure) =>
      i18n._({ id: 'tf.indexed', message: '{measure} indexed' }, { measure: measureName(measure) }),
    available: always,
    fits: (t, dataset) => t.base.length === (dataset.freq === 'A' ? 4 : 7),
    signed: false,
    meaninglessOnUnitValues: null,
    restartsEachYear: false,
    breakClause: (t, years, year, breaks) => {
      const base = Number(t.base.slice(0, 4));
      const other = base < year ? years.filter((y) => y >= year) : years.filter((y) => y < year);
      if (other.length === 0) return null;
      return base < year
        ? i18n._(
            { id: 'tf.ix-from', message: 'values from {year} compared with {base} cross {breaks}' },
            { year: String(year), base: t.base, breaks },
          )
        : i18n._(
            { id: 'tf.ix-upto', message: 'values up to {year} compared with {base} cross {breaks}' },
            { year: String(year - 1), base: t.base, breaks },
          );
    },
    spans: (t, period) => {
      const [year, base] = [yearOf(period), yearOf(t.base)];
      return year === base ? null : { from: Math.min(year, base), to: Math.max(year, base) };
    },
    spanWords: (t, _period, crosses) =>
      i18n._(
        { id: 'tf.ix-span', message: 'Compared with {base}: across {crosses}' },
        { base: t.base, crosses },
      ),
  },
  yoy: {
    urlName: 'yoy',
    urlShape: 'yoy',
    writeUrl: () => 'yoy',
    readUrl: (arg) => (arg === undefined ? { kind: 'yoy' } : undefined),
    leadIn: (_t, freq) => (freq === 'A' ? 1 : 12),
    apply: (series) => ({ series: series.map(yearOverYear), notices: [] }),
    unit: () => ({ kind: 'change-percent' }),
    phrase: (_t, measure) => measureName(measure),
    available: always,
    fits: always,
    signed: true,
    meaninglessOnUnitValues: null,
    restartsEachYear: false,
    breakClause: (_t, years, year, breaks) => {
      if (!years.includes(year)) return null;
      const [on, prev, next] = [year, year - 1, year + 1].map(String) as [string, string, string];
      return years.some((y) => y > year)
        ? i18n._(
            {
              id: 'tf.yoy-like',
              message: 'changes from {next} are like for like; {on} on {prev} crosses {breaks}',
            },
            { next, on, prev, breaks },
          )
        : i18n._({ id: 'tf.yoy-cross', message: '{on} on {prev} crosses {breaks}' }, { on, prev, breaks });
    },
    spans: (_t, period) => ({ from: yearOf(period) - 1, to: yearOf(period) }),
    spanWords: (_t, period, crosses) =>
      i18n._(
        { id: 'tf.yoy-span', message: 'Compared with {period}: across {crosses}' },
        { period: `${yearOf(period) - 1}${period.slice(4)}`, crosses },
      ),
  },
  rolling: {
    urlName: 'roll',
    urlShape: 'roll:3|6|12',
    writeUrl: (t) => `roll:${t.window}`,
    readUrl: (arg) => {
      const window = ROLLING_WINDOWS.find((w) => String(w) === arg);
      return window === undefined ? undefined : { kind: 'rolling', window };
    },
    leadIn: (t, freq) => (freq === 'M' ? t.window - 1 : 0),
    apply: (series, t) => ({ series: series.map((s) => rollingSum(s, t.window)), notices: [] }),
    unit: (_t, measured) => measured,
    phrase: (t) => i18n._({ id: 'tf.rolling', message: '{n}-month rolling sum' }, { n: t.window }),
    available: monthlyOnly,
    fits: always,
    signed: false,
    meaninglessOnUnitValues: null,
    restartsEachYear: false,
    breakClause: never,
    // Monthly only: the window's first month, `window - 1` months back.
    spans: (t, period) => {
      const month = yearOf(period) * 12 + Number(period.slice(5, 7)) - 1 - (t.window - 1);
      const from = Math.floor(month / 12);
      return from < yearOf(period) ? { from, to: yearOf(period) } : null;
    },
    spanWords: (t, _period, crosses) =>
      i18n._({ id: 'tf.roll-span', message: 'This {n}-month sum spans {crosses}' }, { n: t.window, crosses }),
  },
  /** Cumulative from January, restarting each year (monthly data): compares with published year-to-date totals. */
  ytd: {
    urlName: 'ytd',
    urlShape: 'ytd',
    writeUrl: () => 'ytd',
    readUrl: (arg) => (arg === undefined ? { kind: 'ytd' } : undefined),
    // Back to January of the first shown month's year, at most 11 months (months before that January are unused).
    leadIn: (_t, freq) => (freq === 'M' ? 11 : 0),
    apply: (series) => ({ series: series.map(yearToDate), notices: [] }),
    unit: (_t, measured) => measured,
    phrase: () => i18n._({ id: 'tf.ytd', message: 'year-to-date sum' }),
    available: monthlyOnly,
    fits: always,
    signed: false,
    meaninglessOnUnitValues: 'year-to-date sum',
    restartsEachYear: true,
    breakClause: never,
    spans: ownYear,
    spanWords: noWords,
  },
};

/**
 * The row of a transform's own kind, typed for any transform: TypeScript cannot follow that the row picked by
 * `transform.kind` takes exactly that transform, so the one cast of the registry is here.
 */
export function transformRow(transform: Transform): TransformRow<TransformKind> {
  return TRANSFORMS[transform.kind] as TransformRow<TransformKind>;
}

export const TRANSFORM_KINDS = Object.keys(TRANSFORMS) as TransformKind[];
