// The transform in the URL: `tf=abs`, `share:total|chpl|sel`, `index:2021`, `yoy`, `roll:12`.
import { transform, type ChartSpec, type ShareDenominator, type Transform } from './schema';
import type { FieldRead } from './url-codec';

const SHARE_TOKENS: Readonly<Record<ShareDenominator, string>> = {
  total: 'total',
  chpl: 'chpl',
  selection: 'sel',
};

export function writeTransform(value: Transform): string {
  switch (value.kind) {
    case 'absolute':
      return 'abs';
    case 'share':
      return `share:${SHARE_TOKENS[value.of]}`;
    case 'index':
      return `index:${value.base}`;
    case 'yoy':
      return 'yoy';
    case 'rolling':
      return `roll:${value.window}`;
  }
}

function candidate(raw: string): unknown {
  const [name, arg, ...extra] = raw.split(':');
  if (extra.length > 0) return undefined;
  if (arg === undefined)
    return name === 'abs' ? { kind: 'absolute' } : name === 'yoy' ? { kind: 'yoy' } : undefined;
  if (name === 'share') {
    const of = Object.entries(SHARE_TOKENS).find(([, token]) => token === arg)?.[0];
    return of === undefined ? undefined : { kind: 'share', of };
  }
  if (name === 'index') return { kind: 'index', base: arg };
  if (name === 'roll') return /^\d{1,2}$/.test(arg) ? { kind: 'rolling', window: Number(arg) } : undefined;
  return undefined;
}

export function readTransform(raw: string, spec: ChartSpec): FieldRead {
  const parsed = transform.safeParse(candidate(raw));
  if (!parsed.success) {
    return { ok: false, message: 'expected abs, share:total|chpl|sel, index:<period>, yoy or roll:3|6|12' };
  }
  return { ok: true, spec: { ...spec, transform: parsed.data } };
}
