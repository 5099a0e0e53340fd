// The denominator of a share of "total" or "chpl": the same flow's all-goods or all-CHPL rows, measured the
// same way as the series (for partners: the reporter's trade with the world, partner code G001).
import type { ChartSpec } from '../spec/schema';
import type { RowGroup } from './measure-series';
import { flowPairs, selectorRows, type GroupContext } from './spec-groups';
import { goodsLabel } from './product-selectors';

/** IMF code for the world: a reporter's trade with every partner. */
export const WORLD = 'G001';

export function denominatorGroup(context: GroupContext): RowGroup | null {
  const { spec } = context;
  if (spec.transform.kind !== 'share' || spec.transform.of === 'selection') return null;
  const of = spec.transform.of;
  const selector = of === 'total' ? ({ kind: 'total' } as const) : ({ kind: 'chpl-all' } as const);
  // The denominator reads its own file: an all-goods total, not a breakdown of chapters.
  const own: GroupContext = { ...context, spec: { ...spec, breakdown: 'none' } satisfies ChartSpec };
  const pairs = spec.flow.kind === 'partners' ? flowPairs(spec.flow, WORLD) : flowPairs(spec.flow);
  const rows = [...selectorRows(selector, pairs, own).values()].flat();
  return { key: of, label: goodsLabel(of === 'total' ? 'total' : 'chpl-all'), rows };
}
