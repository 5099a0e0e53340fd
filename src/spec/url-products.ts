// Products in the URL: `p=t:4.B,h6:854231,h4:8542,h2:85,chpl,total,eus`.
import { HS6_PATTERN } from '../data/patterns';
import { TIER_ORDER } from '../data/tiers';
import { i18n } from '../i18n/i18n';
import { HS2_PATTERN, HS4_PATTERN, productKey } from './fields';
import { ownValue } from './own';
import type { ProductSelector } from './schema';

const SIMPLE_TOKENS: Readonly<Record<string, ProductSelector>> = {
  chpl: { kind: 'chpl-all' },
  total: { kind: 'total' },
  eus: { kind: 'eu-sanctioned' },
};

const PREFIXED_KINDS: Readonly<Record<string, 'tier' | 'hs6' | 'hs4' | 'hs2'>> = {
  t: 'tier',
  h6: 'hs6',
  h4: 'hs4',
  h2: 'hs2',
};

export function writeProducts(products: readonly ProductSelector[]): string {
  return products.map(productKey).join(',');
}

/** Each code's pattern, and why a token is not one (the schema's HS6_MESSAGE, HS4_MESSAGE, HS2_MESSAGE, in words). */
const CODE_RULES = {
  hs6: {
    pattern: HS6_PATTERN,
    message: () => i18n._({ id: 'u.hs6', message: 'expected a 6-digit HS code with leading zeros' }),
  },
  hs4: {
    pattern: HS4_PATTERN,
    message: () => i18n._({ id: 'u.hs4', message: 'expected a 4-digit HS heading' }),
  },
  hs2: {
    pattern: HS2_PATTERN,
    message: () => i18n._({ id: 'u.hs2', message: 'expected an HS chapter 01-99' }),
  },
} as const;

type SelectorRead = { ok: true; selector: ProductSelector } | { ok: false; message: string };

function readSelector(token: string): SelectorRead {
  const simple = ownValue(SIMPLE_TOKENS, token);
  if (simple) return { ok: true, selector: simple };
  const colon = token.indexOf(':');
  const prefix = token.slice(0, colon);
  const kind = colon < 0 ? undefined : ownValue(PREFIXED_KINDS, prefix);
  if (kind === undefined)
    return {
      ok: false,
      message: i18n._({
        id: 'u.product',
        message: 'not a product: expected t:<tier>, h6:<6 digits>, h4:, h2:, chpl, total or eus',
      }),
    };
  const rest = token.slice(colon + 1);
  if (kind === 'tier') {
    const tier = TIER_ORDER.find((t) => t === rest);
    return tier === undefined
      ? {
          ok: false,
          message: i18n._(
            { id: 'u.tier', message: 'expected a CHPL tier: {tiers}' },
            { tiers: TIER_ORDER.join(', ') },
          ),
        }
      : { ok: true, selector: { kind, tier } };
  }
  const rule = CODE_RULES[kind];
  return rule.pattern.test(rest)
    ? { ok: true, selector: { kind, code: rest } }
    : { ok: false, message: rule.message() };
}

export function readProductToken(
  token: string,
): { ok: true; item: ProductSelector; key: string } | { ok: false; message: string } {
  const read = readSelector(token);
  return read.ok ? { ok: true, item: read.selector, key: productKey(read.selector) } : read;
}
