// Products in the URL: `p=t:4.B,h6:854231,h4:8542,h2:85,chpl,total,eus`.
import { productKey, productSelector, type ProductSelector } from './schema';

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

function candidate(token: string): unknown {
  if (Object.hasOwn(SIMPLE_TOKENS, token)) return SIMPLE_TOKENS[token];
  const colon = token.indexOf(':');
  const prefix = token.slice(0, colon);
  if (colon < 0 || !Object.hasOwn(PREFIXED_KINDS, prefix)) return undefined;
  const kind = PREFIXED_KINDS[prefix];
  const rest = token.slice(colon + 1);
  return kind === 'tier' ? { kind, tier: rest } : { kind, code: rest };
}

export function readProductToken(
  token: string,
): { ok: true; item: ProductSelector; key: string } | { ok: false; message: string } {
  const shape = candidate(token);
  if (shape === undefined) {
    return {
      ok: false,
      message: 'not a product: expected t:<tier>, h6:<6 digits>, h4:, h2:, chpl, total or eus',
    };
  }
  const parsed = productSelector.safeParse(shape);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'not a product' };
  return { ok: true, item: parsed.data, key: productKey(parsed.data) };
}
