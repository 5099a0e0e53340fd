// fast-check arbitraries for chart specs: `chartSpecArb` makes only drawable specs (every rule between
// fields holds); `looseSpecArb` makes specs whose fields are each valid but may contradict each other.
import fc from 'fast-check';
import { CHPL_TIERS } from '../../../src/data/schema';
import { comparableBasisApplies } from '../../../src/spec/comparable';
import {
  DATASETS,
  MAX_SERIES,
  MAX_TOP_N,
  MAX_YEAR,
  MIN_YEAR,
  periodEnd,
  periodStart,
  productKey,
  type ChartSpec,
  type DatasetId,
  type Flow,
  type ProductKind,
  type ProductSelector,
  type Transform,
} from '../../../src/spec';
import { chartType, datasetId, view } from '../../../src/spec/schema';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const digits = (width: number) => fc.integer({ min: 0, max: 10 ** width - 1 }).map((n) => pad(n, width));
const year = fc.integer({ min: MIN_YEAR, max: MAX_YEAR }).map(String);
const month = fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m, 2)}`);
const anyPeriod = fc.oneof(year, month);

const SELECTORS: Record<ProductKind, fc.Arbitrary<ProductSelector>> = {
  tier: fc.constantFrom(...CHPL_TIERS).map((tier) => ({ kind: 'tier', tier })),
  hs6: digits(6).map((code) => ({ kind: 'hs6', code })),
  hs4: digits(4).map((code) => ({ kind: 'hs4', code })),
  hs2: fc.integer({ min: 1, max: 99 }).map((n) => ({ kind: 'hs2', code: pad(n, 2) })),
  'chpl-all': fc.constant({ kind: 'chpl-all' }),
  total: fc.constant({ kind: 'total' }),
  'eu-sanctioned': fc.constant({ kind: 'eu-sanctioned' }),
};

const productsOf = (kinds: readonly ProductKind[]) =>
  fc.uniqueArray(fc.oneof(...kinds.map((kind) => SELECTORS[kind])), {
    selector: productKey,
    minLength: 1,
    maxLength: MAX_SERIES,
  });

const partnerCode = fc.stringMatching(/^[A-Z0-9_]{3,8}$/);

function flowFromKey(key: string): fc.Arbitrary<Flow> {
  const [exporter = '', importer = ''] = key.split('-');
  if (!key.includes(':')) return fc.constant({ kind: 'bilateral', exporter, importer });
  const [reporter = '', direction] = key.split(':');
  const partners = fc.uniqueArray(
    partnerCode.filter((code) => code !== reporter),
    { minLength: 1, maxLength: MAX_SERIES },
  );
  return partners.map((list) => ({
    kind: 'partners',
    reporter,
    direction: direction === 'exports' ? 'exports' : 'imports',
    partners: list,
  }));
}

/** [from, to] with from <= to, as the spec requires. */
const rangeOf = (period: fc.Arbitrary<string>) =>
  fc.tuple(period, period).map(([a, b]) => (periodStart(a) <= periodEnd(b) ? [a, b] : [b, a]));

function transformFor(dataset: DatasetId): fc.Arbitrary<Transform> {
  const caps = DATASETS[dataset];
  const options: fc.Arbitrary<Transform>[] = [
    fc.constant({ kind: 'absolute' }),
    fc.constant({ kind: 'yoy' }),
    (caps.freq === 'A' ? year : month).map((base) => ({ kind: 'index', base })),
  ];
  if (caps.shareOf.length > 0)
    options.push(fc.constantFrom(...caps.shareOf).map((of) => ({ kind: 'share', of })));
  if (caps.freq === 'M')
    options.push(fc.constantFrom(3, 6, 12).map((window) => ({ kind: 'rolling', window })));
  if (caps.freq === 'M') options.push(fc.constant({ kind: 'ytd' }));
  return fc.oneof(...options);
}

const viewFields = {
  chart: fc.constantFrom(...chartType.options),
  scale: fc.constantFrom<'linear' | 'log'>('linear', 'log'),
  topN: fc.integer({ min: 1, max: MAX_TOP_N }),
  events: fc.boolean(),
  breaks: fc.boolean(),
  view: fc.constantFrom(...view.options),
};

/** A reader's file allows any exporter -> importer pair (DATASETS openFlows): a few stand for them. */
const OPEN_FLOWS = ['CHN-RUS', 'RUS-CHN', 'CHN-KAZ', 'HKG-RUS'];

function specFor(dataset: DatasetId): fc.Arbitrary<ChartSpec> {
  const caps = DATASETS[dataset];
  const flows = caps.openFlows ? OPEN_FLOWS : caps.flows;
  return fc
    .record({
      flow: fc.constantFrom(...flows).chain(flowFromKey),
      products: productsOf(caps.productKinds),
      breakdown: fc.constantFrom(...caps.breakdowns),
      range: rangeOf(caps.freq === 'A' ? year : anyPeriod),
      measure: fc.constantFrom(...caps.measures),
      transform: transformFor(dataset),
      compare: fc.boolean(),
      comparable: fc.boolean(),
      ...viewFields,
    })
    .map(({ range: [from = '', to = ''], compare, comparable, ...fields }) => {
      const logFits = ['line', 'small-multiples'].includes(fields.chart) && fields.transform.kind !== 'yoy';
      const plain: ChartSpec = { ...fields, dataset, from, to, scale: logFits ? fields.scale : 'linear' };
      // The comparable-codes basis only where it applies (CHPL tiers or totals of the built-in data).
      const spec: ChartSpec =
        comparable && comparableBasisApplies(plain, caps) ? { ...plain, comparable: true } : plain;
      // Only a reader's file compares with the built-in data (as lines, never stacked on it); the spec holds
      // `compare` only when it is on.
      if (!caps.inBrowser || !compare) return spec;
      const stacked = spec.chart === 'stacked-area' || spec.chart === 'stacked-bar';
      return { ...spec, compare: true, chart: stacked ? 'line' : spec.chart };
    });
}

export const chartSpecArb: fc.Arbitrary<ChartSpec> = fc.constantFrom(...datasetId.options).chain(specFor);

const anyFlow = fc.oneof(
  fc
    .tuple(partnerCode, partnerCode)
    .filter(([a, b]) => a !== b)
    .map(([exporter, importer]): Flow => ({ kind: 'bilateral', exporter, importer })),
  fc.constantFrom('RUS:imports', 'RUS:exports', 'EU27:exports', 'CHN:imports').chain(flowFromKey),
);

export const looseSpecArb: fc.Arbitrary<ChartSpec> = fc.record({
  dataset: fc.constantFrom(...datasetId.options),
  flow: anyFlow,
  products: productsOf(Object.keys(SELECTORS) as ProductKind[]),
  breakdown: fc.constantFrom('none', 'hs2', 'hs4', 'hs6'),
  from: anyPeriod,
  to: anyPeriod,
  measure: fc.constantFrom('value', 'quantity', 'unit-value'),
  transform: fc.oneof(
    transformFor('baci-hs6'),
    transformFor('comtrade-monthly'),
    anyPeriod.map((base): Transform => ({ kind: 'index', base })),
  ),
  ...viewFields,
});
