// Which rows make each series of a spec: one group per product selector (bilateral flows), per partner
// (a reporter's trade by partner), or per HS code inside the selection (a breakdown, top N by value).
import type { FlowRow, Manifest } from '../data/schema';
import type { ChartSpec, Flow, ProductSelector } from '../spec/schema';
import { reporterMembers } from './eu27';
import { productRows } from './flow-index';
import type { RowGroup } from './measure-series';
import { hsLabel, type ProductCatalog } from './product-catalog';
import { selectorFiles, selectorKey, selectorLabel, selectorMatches } from './product-selectors';

export interface GroupContext {
  spec: ChartSpec;
  manifest: Manifest;
  flows: ReadonlyMap<string, readonly FlowRow[]>;
  catalog: ProductCatalog;
  /** Whether a row's period is one the chart computes with. */
  inPeriods: (row: FlowRow) => boolean;
}

type Pair = readonly [exporter: string, importer: string];

/** The exporter -> importer pairs behind one series of a flow. */
export function flowPairs(flow: Flow, partner?: string): Pair[] {
  if (flow.kind === 'bilateral') return [[flow.exporter, flow.importer]];
  const members = reporterMembers(flow.reporter);
  const other = partner ?? '';
  return members.map((member): Pair => (flow.direction === 'exports' ? [member, other] : [other, member]));
}

/** A selector that names one product code is looked up directly instead of scanning a pair's products. */
function exactCode(selector: ProductSelector, breakdown: ChartSpec['breakdown']): string | null {
  if (selector.kind === 'hs6') return selector.code;
  if (selector.kind === 'eu-sanctioned') return 'EU-SANCTIONED';
  return selector.kind === 'total' && breakdown === 'none' ? 'TOTAL' : null;
}

function keepInPeriods(rows: readonly FlowRow[], inPeriods: (row: FlowRow) => boolean, into: FlowRow[]) {
  for (const row of rows) if (inPeriods(row)) into.push(row);
}

/** Rows of a selector for the given pairs, keyed by product code. */
export function selectorRows(
  selector: ProductSelector,
  pairs: readonly Pair[],
  context: GroupContext,
): Map<string, FlowRow[]> {
  const { spec, manifest, catalog, flows, inPeriods } = context;
  const match = selectorMatches(selector, catalog, spec.breakdown);
  const exact = exactCode(selector, spec.breakdown);
  const byProduct = new Map<string, FlowRow[]>();
  const add = (product: string, rows: readonly FlowRow[]) => {
    let kept = byProduct.get(product);
    if (!kept) byProduct.set(product, (kept = []));
    keepInPeriods(rows, inPeriods, kept);
  };
  for (const path of selectorFiles(selector, spec, manifest, catalog)) {
    const fileRows = flows.get(path);
    if (!fileRows) continue;
    for (const [exporter, importer] of pairs) {
      const products = productRows(fileRows, exporter, importer);
      if (exact !== null) {
        const rows = products.get(exact);
        if (rows) add(exact, rows);
        continue;
      }
      for (const [product, rows] of products) if (match(product)) add(product, rows);
    }
  }
  return byProduct;
}

const flatten = (byProduct: ReadonlyMap<string, readonly FlowRow[]>) => [...byProduct.values()].flat();

function productGroups(context: GroupContext): RowGroup[] {
  const pairs = flowPairs(context.spec.flow);
  return context.spec.products.map((selector) => ({
    key: selectorKey(selector),
    label: selectorLabel(selector, context.catalog),
    rows: flatten(selectorRows(selector, pairs, context)),
  }));
}

function partnerGroups(context: GroupContext, names: ReadonlyMap<string, string>): RowGroup[] {
  const { flow, products } = context.spec;
  if (flow.kind !== 'partners') return [];
  const several = products.length > 1;
  return flow.partners.flatMap((partner) =>
    products.map((selector) => {
      const name = names.get(partner) ?? partner;
      return {
        key: several ? `${partner}:${selectorKey(selector)}` : partner,
        // Several products per partner: each line names both, or they would read alike.
        label: several ? `${name}: ${selectorLabel(selector, context.catalog)}` : name,
        rows: flatten(selectorRows(selector, flowPairs(flow, partner), context)),
      };
    }),
  );
}

const BREAKDOWN_DIGITS = { hs2: 2, hs4: 4, hs6: 6 } as const;

export interface Breakdown {
  groups: RowGroup[];
  /** How many codes had rows before the top N were kept. */
  available: number;
  /** Of those, how many had trade in the ranking period (as the story counts them: "48 codes had trade"). */
  withTrade: number;
}

/** The selection's rows regrouped by HS code, largest first by value in `lastPeriod`, top `count` kept. */
export function breakdownGroups(context: GroupContext, lastPeriod: string, count: number): Breakdown {
  const { spec, catalog } = context;
  if (spec.breakdown === 'none') return { groups: productGroups(context), available: 0, withTrade: 0 };
  const digits = BREAKDOWN_DIGITS[spec.breakdown];
  const pairs = flowPairs(spec.flow);
  const byProduct = new Map<string, FlowRow[]>();
  for (const selector of spec.products) {
    for (const [product, rows] of selectorRows(selector, pairs, context)) {
      if (!byProduct.has(product)) byProduct.set(product, rows);
    }
  }
  const byCode = new Map<string, FlowRow[]>();
  for (const [product, rows] of byProduct) {
    const code = product.slice(0, digits);
    const list = byCode.get(code);
    if (list) list.push(...rows);
    else byCode.set(code, [...rows]);
  }
  const lastValue = (rows: readonly FlowRow[]) =>
    rows.reduce((sum, row) => (row.period === lastPeriod ? sum + row.value : sum), 0);
  const ranked = [...byCode]
    .map(([code, rows]) => ({ code, rows, size: lastValue(rows) }))
    .filter((entry) => entry.rows.length > 0)
    .sort((a, b) => b.size - a.size || a.code.localeCompare(b.code));
  const groups = ranked
    .slice(0, count)
    .map(({ code, rows }) => ({ key: code, label: hsLabel(code, catalog), rows }));
  return { groups, available: ranked.length, withTrade: ranked.filter((entry) => entry.size > 0).length };
}

export function seriesGroups(
  context: GroupContext,
  partnerNames: ReadonlyMap<string, string>,
  lastPeriod: string,
  count: number,
): Breakdown {
  if (context.spec.flow.kind === 'partners') {
    return { groups: partnerGroups(context, partnerNames), available: 0, withTrade: 0 };
  }
  return breakdownGroups(context, lastPeriod, count);
}
