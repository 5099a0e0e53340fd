// How a selected product reads on its chip: what it is, its code, and its name when known.
import type { ProductSelector } from '../spec';
import { tierName } from '../charts/chpl-tiers/tier-names';
import { i18n } from '../i18n/i18n';

// Read at call time, in the language then active.
const FIXED: Readonly<Record<string, () => string>> = {
  'chpl-all': () => i18n._({ id: 'goods.chpl-all', message: 'All CHPL goods' }),
  total: () => i18n._({ id: 'products.total', message: 'All goods' }),
  'eu-sanctioned': () => i18n._({ id: 'goods.eu-sanctioned', message: 'EU-sanctioned goods' }),
};

/** `names`: HS code -> name, from whichever tables have loaded (codes alone are shown until then). */
export function productLabel(product: ProductSelector, names: ReadonlyMap<string, string>): string {
  switch (product.kind) {
    case 'tier':
      return i18n._(
        { id: 'goods.tier', message: 'Tier {tier}: {description}' },
        { tier: product.tier, description: tierName(product.tier) },
      );
    case 'hs6':
    case 'hs4':
    case 'hs2': {
      const name = names.get(product.code);
      const code = product.code;
      if (product.kind === 'hs6')
        return name
          ? i18n._({ id: 'goods.hs6-named', message: 'HS {code}: {name}' }, { code, name })
          : i18n._({ id: 'goods.hs6', message: 'HS {code}' }, { code });
      if (product.kind === 'hs4')
        return name
          ? i18n._({ id: 'goods.hs4-named', message: 'Heading {code}: {name}' }, { code, name })
          : i18n._({ id: 'goods.hs4', message: 'Heading {code}' }, { code });
      return name
        ? i18n._({ id: 'goods.hs2-named', message: 'Chapter {code}: {name}' }, { code, name })
        : i18n._({ id: 'goods.hs2', message: 'Chapter {code}' }, { code });
    }
    default:
      return FIXED[product.kind]?.() ?? product.kind;
  }
}

/** Long HS names are cut on chips; the full name stays in the title. */
export function shortLabel(label: string, max = 48): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}
