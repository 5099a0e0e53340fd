// What a series is made of (who exports, who imports, which products), read from the chart spec. A series key
// is the chart's own choice, so the spec is matched against it; a chart whose keys say nothing the spec can
// match passes `describe` instead, and an unknown field stays empty rather than guessed.
import type { Series, Unit } from '../data/series';
import { productKey, type ChartSpec, type Flow, type ProductSelector, type Transform } from '../spec';
import type { TransformKind, TransformOf } from '../spec/transforms';

export interface SeriesContext {
  exporter: string;
  importer: string;
  product: string;
}

export type DescribeSeries = (series: Series) => Partial<SeriesContext>;

const BREAKDOWN_PREFIX = { hs2: 'h2', hs4: 'h4', hs6: 'h6' } as const;
const BREAKDOWN_DIGITS = { hs2: 2, hs4: 4, hs6: 6 } as const;

/** A built-in series drawn beside a reader's file is keyed "<dataset>/<key>" (src/query/user/compare.ts). */
const COMPARED = /^[a-z0-9-]+\//;

function productOf(seriesKey: string, spec: ChartSpec): string {
  const key = seriesKey.replace(COMPARED, '');
  const selectors: readonly ProductSelector[] = spec.products;
  const direct = selectors.find((selector) => productKey(selector) === key);
  if (direct) return productKey(direct);
  // Tier charts key their series by the bare tier ("4.B"), HS code series by the bare code ("854231").
  const bare = selectors.find(
    (selector) =>
      (selector.kind === 'tier' && selector.tier === key) ||
      ((selector.kind === 'hs6' || selector.kind === 'hs4' || selector.kind === 'hs2') &&
        selector.code === key),
  );
  if (bare) return productKey(bare);
  if (spec.breakdown !== 'none' && new RegExp(`^\\d{${BREAKDOWN_DIGITS[spec.breakdown]}}$`).test(key)) {
    return `${BREAKDOWN_PREFIX[spec.breakdown]}:${key}`;
  }
  const only = selectors.length === 1 ? selectors[0] : undefined;
  return only && spec.breakdown === 'none' ? productKey(only) : '';
}

function partnerOf(key: string, flow: Extract<Flow, { kind: 'partners' }>): string | undefined {
  if (flow.partners.includes(key)) return key;
  return key.split(/[^A-Z0-9_]+/).find((token) => flow.partners.includes(token));
}

function tradersOf(key: string, flow: Flow): Pick<SeriesContext, 'exporter' | 'importer'> {
  if (flow.kind === 'bilateral') return { exporter: flow.exporter, importer: flow.importer };
  const partner = partnerOf(key, flow) ?? '';
  return flow.direction === 'imports'
    ? { exporter: partner, importer: flow.reporter }
    : { exporter: flow.reporter, importer: partner };
}

export function seriesContext(series: Series, spec: ChartSpec, describe?: DescribeSeries): SeriesContext {
  const context = { ...tradersOf(series.key, spec.flow), product: productOf(series.key, spec) };
  for (const [field, value] of Object.entries(describe?.(series) ?? {})) {
    if (typeof value === 'string') context[field as keyof SeriesContext] = value;
  }
  return context;
}

/** The unit column: a currency code, "t", "USD/kg", "percent", "index (2019=100)" or "percent change". */
export function unitText(unit: Unit): string {
  switch (unit.kind) {
    case 'currency':
      return unit.currency;
    case 'quantity':
      return unit.unit;
    case 'unit-value':
      return `${unit.currency}/${unit.per}`;
    case 'percent':
      return 'percent';
    case 'index':
      return `index (${unit.base}=100)`;
    case 'change-percent':
      return 'percent change';
  }
}

/** Each transform's token in the CSV's transform column: here with the downloads, not in the transforms' registry
 * (src/spec/transforms.ts) that every embed loads. The type makes a missing one a compile error. */
const CSV_TEXT: { readonly [K in TransformKind]: (transform: TransformOf<K>) => string } = {
  absolute: (t) => t.kind,
  share: (t) => `share:${t.of}`,
  index: (t) => `index:${t.base}`,
  yoy: (t) => t.kind,
  rolling: (t) => `rolling:${t.window}`,
  ytd: (t) => t.kind,
};

/** The transform column: absolute, share:total, index:2019, yoy, rolling:12, ytd. */
export function transformText(transform: Transform): string {
  return (CSV_TEXT[transform.kind] as (t: Transform) => string)(transform);
}
