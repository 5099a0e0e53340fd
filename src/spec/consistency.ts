// Rules between spec fields: each field can be valid on its own while the combination cannot be drawn
// (a rolling sum of annual data, a log scale under stacked bars). Each rule says what is wrong and how to
// fall back; the schema reports them, and `reconcileSpec` applies the fallbacks with a notice.
import { chartTypeRow } from './chart-types';
import { comparableBasisApplies } from './comparable';
import { DATASETS, type DatasetCapabilities } from './datasets';
import { defaultSpecFor } from './defaults';
import { flowKey } from './flow-key';
import { notice, type ConsistencyReason, type SpecNotice } from './notices';
import { periodEnd, periodStart } from './period-range';
import type { ChartSpec, Transform } from './schema';
import { transformRow } from './transforms';

interface SpecRule {
  field: keyof ChartSpec;
  /** The URL parameter a notice names. */
  param: string;
  violated(spec: ChartSpec, dataset: DatasetCapabilities): boolean;
  value(spec: ChartSpec): string;
  /** Why, as the id of the notice's words (./notice-words.ts: loaded only where notices are shown). */
  reason: ConsistencyReason['id'] | ((dataset: DatasetCapabilities) => ConsistencyReason['id']);
  fix(spec: ChartSpec, dataset: DatasetCapabilities): ChartSpec;
}

export interface SpecIssue {
  field: keyof ChartSpec;
  reason: ConsistencyReason;
}

function transformAllowed(transform: Transform, dataset: DatasetCapabilities): boolean {
  const row = transformRow(transform);
  return row.available(dataset) && row.fits(transform, dataset);
}

const monthlyBoundOnAnnual = (bound: string, dataset: DatasetCapabilities) =>
  dataset.freq === 'A' && bound.length !== 4;

/** In order: later rules see the fixes of earlier ones (the log-scale rule needs the final transform). */
const RULES: readonly SpecRule[] = [
  {
    field: 'flow',
    param: 'f',
    violated: (spec, dataset) =>
      dataset.openFlows ? spec.flow.kind !== 'bilateral' : !dataset.flows.includes(flowKey(spec.flow)),
    value: (spec) => flowKey(spec.flow),
    reason: (dataset) => (dataset.openFlows ? 'c.flow-open' : 'c.flows'),
    fix: (spec) => ({ ...spec, flow: defaultSpecFor(spec.dataset).flow }),
  },
  {
    field: 'products',
    param: 'p',
    violated: (spec, dataset) => spec.products.some((p) => !dataset.productKinds.includes(p.kind)),
    value: (spec) => spec.products.map((p) => p.kind).join(','),
    reason: 'c.products',
    fix: (spec, dataset) => {
      const kept = spec.products.filter((p) => dataset.productKinds.includes(p.kind));
      return { ...spec, products: kept.length > 0 ? kept : defaultSpecFor(spec.dataset).products };
    },
  },
  {
    field: 'breakdown',
    param: 'by',
    violated: (spec, dataset) => !dataset.breakdowns.includes(spec.breakdown),
    value: (spec) => spec.breakdown,
    reason: 'c.breakdown',
    fix: (spec) => ({ ...spec, breakdown: 'none' }),
  },
  {
    field: 'measure',
    param: 'm',
    violated: (spec, dataset) => !dataset.measures.includes(spec.measure),
    value: (spec) => spec.measure,
    reason: 'c.measure',
    fix: (spec) => ({ ...spec, measure: 'value' }),
  },
  {
    field: 'from',
    param: 'from',
    violated: (spec, dataset) => monthlyBoundOnAnnual(spec.from, dataset),
    value: (spec) => spec.from,
    reason: 'c.annual',
    fix: (spec) => ({ ...spec, from: spec.from.slice(0, 4) }),
  },
  {
    field: 'to',
    param: 'to',
    violated: (spec, dataset) => monthlyBoundOnAnnual(spec.to, dataset),
    value: (spec) => spec.to,
    reason: 'c.annual',
    fix: (spec) => ({ ...spec, to: spec.to.slice(0, 4) }),
  },
  {
    // Swapping keeps what the reader most likely meant (a range typed backwards).
    field: 'from',
    param: 'from',
    violated: (spec) => periodStart(spec.from) > periodEnd(spec.to),
    value: (spec) => `${spec.from} > ${spec.to}`,
    reason: 'c.swap',
    fix: (spec) => ({ ...spec, from: spec.to, to: spec.from }),
  },
  {
    field: 'transform',
    param: 'tf',
    violated: (spec, dataset) => !transformAllowed(spec.transform, dataset),
    value: (spec) => spec.transform.kind,
    reason: (dataset) => (dataset.freq === 'A' ? 'c.tf-a' : 'c.tf-m'),
    fix: (spec) => ({ ...spec, transform: { kind: 'absolute' } }),
  },
  {
    // Bars and stacks need a zero baseline, and year-on-year changes can be negative: neither fits a log axis.
    field: 'scale',
    param: 'sc',
    violated: (spec) =>
      spec.scale === 'log' && (!chartTypeRow(spec.chart).logScale || transformRow(spec.transform).signed),
    value: (spec) => spec.scale,
    reason: 'c.log',
    fix: (spec) => ({ ...spec, scale: 'linear' }),
  },
  {
    // Only a reader's file is compared with the built-in data.
    field: 'compare',
    param: 'cmp',
    violated: (spec, dataset) => spec.compare === true && !dataset.inBrowser,
    value: () => '1',
    reason: 'c.cmp',
    fix: ({ compare: _dropped, ...spec }) => spec,
  },
  {
    // The comparable-codes basis narrows CHPL tiers and totals: without them (or for a reader's file) it means nothing.
    field: 'comparable',
    param: 'cc',
    violated: (spec, dataset) => spec.comparable === true && !comparableBasisApplies(spec, dataset),
    value: () => '1',
    reason: 'c.cc',
    fix: ({ comparable: _dropped, ...spec }) => spec,
  },
  {
    // A stack would add the reader's file to the built-in data: two sources of one flow side by side are lines.
    field: 'chart',
    param: 'c',
    violated: (spec) => spec.compare === true && chartTypeRow(spec.chart).stack !== null,
    value: (spec) => spec.chart,
    reason: 'c.stack',
    fix: (spec) => ({ ...spec, chart: 'line' }),
  },
];

const reasonOf = (rule: SpecRule, spec: ChartSpec, dataset: DatasetCapabilities): ConsistencyReason => ({
  id: typeof rule.reason === 'string' ? rule.reason : rule.reason(dataset),
  dataset: spec.dataset,
});

function capabilitiesOf(spec: ChartSpec): DatasetCapabilities | undefined {
  return Object.hasOwn(DATASETS, spec.dataset) ? DATASETS[spec.dataset] : undefined;
}

/** What is inconsistent in a spec whose fields are each valid (empty for a drawable spec). */
export function specIssues(spec: ChartSpec): SpecIssue[] {
  const dataset = capabilitiesOf(spec);
  if (!dataset) return [];
  return RULES.filter((rule) => rule.violated(spec, dataset)).map((rule) => ({
    field: rule.field,
    reason: reasonOf(rule, spec, dataset),
  }));
}

/** Applies each rule's fallback in turn, with one notice per rule that applied. */
export function reconcileSpec(spec: ChartSpec): { spec: ChartSpec; notices: SpecNotice[] } {
  const dataset = capabilitiesOf(spec);
  if (!dataset) return { spec, notices: [] };
  const notices: SpecNotice[] = [];
  let current = spec;
  for (const rule of RULES) {
    if (!rule.violated(current, dataset)) continue;
    notices.push(notice(rule.param, rule.value(current), reasonOf(rule, current, dataset)));
    current = rule.fix(current, dataset);
  }
  return { spec: current, notices };
}
