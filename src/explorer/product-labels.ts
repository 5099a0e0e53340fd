// How a selected product reads on its chip: what it is, its code, and its name when known.
import type { ProductSelector } from '../spec';
import { TIER_DESCRIPTIONS } from '../charts/chpl-tiers/tiers';

const FIXED: Readonly<Record<string, string>> = {
  'chpl-all': 'All CHPL goods',
  total: 'All goods',
  'eu-sanctioned': 'EU-sanctioned goods',
};

/** `names`: HS code -> name, from whichever tables have loaded (codes alone are shown until then). */
export function productLabel(product: ProductSelector, names: ReadonlyMap<string, string>): string {
  switch (product.kind) {
    case 'tier':
      return `Tier ${product.tier}: ${TIER_DESCRIPTIONS[product.tier]}`;
    case 'hs6':
    case 'hs4':
    case 'hs2': {
      const prefix = { hs6: 'HS', hs4: 'Heading', hs2: 'Chapter' }[product.kind];
      const name = names.get(product.code);
      return name ? `${prefix} ${product.code}: ${name}` : `${prefix} ${product.code}`;
    }
    default:
      return FIXED[product.kind] ?? product.kind;
  }
}

/** Long HS names are cut on chips; the full name stays in the title. */
export function shortLabel(label: string, max = 48): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}
