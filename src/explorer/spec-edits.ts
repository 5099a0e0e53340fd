// What each control does to the spec, as pure functions. Every edit ends in the spec's own consistency
// fallbacks, so no control can produce a chart the engine cannot draw.
import {
  defaultSpecFor,
  MAX_SERIES,
  productKey,
  reconcileSpec,
  type ChartSpec,
  type DatasetId,
  type Flow,
  type ProductSelector,
} from '../spec';

export function applyEdit(spec: ChartSpec, patch: Partial<ChartSpec>): ChartSpec {
  return reconcileSpec({ ...spec, ...patch }).spec;
}

/** A flow choice: its dataset and flow key ("CHN-RUS", "RUS:imports"). */
export function withFlowChoice(spec: ChartSpec, dataset: DatasetId, key: string): ChartSpec {
  // Same dataset: only the direction changes, the reader's products and range stay.
  const base = dataset === spec.dataset ? spec : keepView(spec, defaultSpecFor(dataset));
  return applyEdit(base, { flow: flowFromKey(base.flow, key) });
}

/** A new dataset starts from its defaults but keeps how the reader likes to look at charts. */
function keepView(previous: ChartSpec, next: ChartSpec): ChartSpec {
  const { chart, scale, events, breaks, view, topN } = previous;
  return { ...next, chart, scale, events, breaks, view, topN };
}

function flowFromKey(current: Flow, key: string): Flow {
  const [exporter, importer] = key.split('-');
  if (current.kind === 'bilateral' && exporter && importer) return { kind: 'bilateral', exporter, importer };
  const [reporter, direction] = key.split(':');
  if (current.kind === 'partners' && reporter && (direction === 'imports' || direction === 'exports'))
    return { ...current, reporter, direction };
  return current;
}

export type ListEdit = { ok: true; spec: ChartSpec } | { ok: false; reason: 'cap' | 'repeat' };

export function addProduct(spec: ChartSpec, product: ProductSelector): ListEdit {
  const key = productKey(product);
  if (spec.products.some((p) => productKey(p) === key)) return { ok: false, reason: 'repeat' };
  if (spec.products.length >= MAX_SERIES) return { ok: false, reason: 'cap' };
  return { ok: true, spec: applyEdit(spec, { products: [...spec.products, product] }) };
}

/** The last product cannot go: a chart needs one series (the UI disables that button and says why). */
export function removeProduct(spec: ChartSpec, key: string): ChartSpec {
  const products = spec.products.filter((p) => productKey(p) !== key);
  return products.length === 0 ? spec : applyEdit(spec, { products });
}

export function hasProduct(spec: ChartSpec, product: ProductSelector): boolean {
  const key = productKey(product);
  return spec.products.some((p) => productKey(p) === key);
}

export function addPartner(spec: ChartSpec, code: string): ListEdit {
  const { flow } = spec;
  if (flow.kind !== 'partners' || flow.partners.includes(code) || code === flow.reporter)
    return { ok: false, reason: 'repeat' };
  if (flow.partners.length >= MAX_SERIES) return { ok: false, reason: 'cap' };
  return { ok: true, spec: applyEdit(spec, { flow: { ...flow, partners: [...flow.partners, code] } }) };
}

export function removePartner(spec: ChartSpec, code: string): ChartSpec {
  const { flow } = spec;
  if (flow.kind !== 'partners') return spec;
  const partners = flow.partners.filter((p) => p !== code);
  return partners.length === 0 ? spec : applyEdit(spec, { flow: { ...flow, partners } });
}

export function withRange(spec: ChartSpec, from: string, to: string): ChartSpec {
  return applyEdit(spec, from <= to ? { from, to } : { from: to, to: from });
}
