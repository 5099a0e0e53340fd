// The like-for-like basis across the HS 2017 -> HS 2022 change: CHPL tiers and totals over the codes whose
// HS 2017 line measures the same goods before and after it (concordance.csv's `comparable`). Zod-free: the
// explorer's control and the rules between fields read it.
import type { DatasetCapabilities } from './datasets';
import type { ChartSpec } from './schema';

/**
 * Whether the basis applies: to the built-in CHPL data (BACI, Comtrade's CHPL file), where the concordance says
 * which codes are comparable (a reader's own file has no such table), and to a spec that shows CHPL tiers or
 * totals (as series, or as the denominator of a share).
 */
export function comparableBasisApplies(
  { products, transform }: Pick<ChartSpec, 'products' | 'transform'>,
  dataset: Pick<DatasetCapabilities, 'productKinds' | 'inBrowser'>,
): boolean {
  return (
    dataset.productKinds.includes('tier') &&
    !dataset.inBrowser &&
    (products.some((p) => p.kind === 'tier' || p.kind === 'chpl-all') ||
      (transform.kind === 'share' && transform.of === 'chpl'))
  );
}
