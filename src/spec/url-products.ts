// Products in the URL: `p=t:4.B,h6:854231,h4:8542,h2:85,chpl,total,eus`.
import { HS6_PATTERN } from '../data/patterns';
import { TIER_ORDER } from '../data/tiers';
import { HS2_PATTERN, HS4_PATTERN, productKey } from './fields';
import { ownValue } from './own';
import type { ValueReason } from './notices';
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
  hs6: { pattern: HS6_PATTERN, reason: { id: 'u.hs6' } },
  hs4: { pattern: HS4_PATTERN, reason: { id: 'u.hs4' } },
  hs2: { pattern: HS2_PATTERN, reason: { id: 'u.hs2' } },
} as const satisfies Record<string, { pattern: RegExp; reason: ValueReason }>;

type SelectorRead = { ok: true; selector: ProductSelector } | { ok: false; reason: ValueReason };

function readSelector(token: string): SelectorRead {
  const simple = ownValue(SIMPLE_TOKENS, token);
  if (simple) return { ok: true, selector: simple };
  const colon = token.indexOf(':');
  const prefix = token.slice(0, colon);
  const kind = colon < 0 ? undefined : ownValue(PREFIXED_KINDS, prefix);
  if (kind === undefined) return { ok: false, reason: { id: 'u.product' } };
  const rest = token.slice(colon + 1);
  if (kind === 'tier') {
    const tier = TIER_ORDER.find((t) => t === rest);
    return tier === undefined
      ? { ok: false, reason: { id: 'u.tier' } }
      : { ok: true, selector: { kind, tier } };
  }
  const rule = CODE_RULES[kind];
  return rule.pattern.test(rest)
    ? { ok: true, selector: { kind, code: rest } }
    : { ok: false, reason: rule.reason };
}

export function readProductToken(
  token: string,
): { ok: true; item: ProductSelector; key: string } | { ok: false; reason: ValueReason } {
  const read = readSelector(token);
  return read.ok ? { ok: true, item: read.selector, key: productKey(read.selector) } : read;
}
