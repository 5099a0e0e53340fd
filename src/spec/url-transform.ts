// The transform in the URL: `tf=abs`, `share:total|chpl|sel`, `index:2021`, `yoy`, `roll:12`, `ytd`.
import { ROLLING_WINDOWS } from './fields';
import type { ChartSpec, ShareDenominator, Transform } from './schema';
import type { FieldRead } from './url-codec';
import { readSpecPeriod } from './url-values';

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
    case 'ytd':
      return 'ytd';
  }
}

function readValue(raw: string): Transform | undefined {
  const [name, arg, ...extra] = raw.split(':');
  if (extra.length > 0) return undefined;
  if (arg === undefined)
    return name === 'abs'
      ? { kind: 'absolute' }
      : name === 'yoy' || name === 'ytd'
        ? { kind: name }
        : undefined;
  if (name === 'share') {
    const of = (Object.keys(SHARE_TOKENS) as ShareDenominator[]).find((key) => SHARE_TOKENS[key] === arg);
    return of === undefined ? undefined : { kind: 'share', of };
  }
  if (name === 'index') {
    const base = readSpecPeriod(arg);
    return base.ok ? { kind: 'index', base: base.value } : undefined;
  }
  if (name === 'roll') {
    const window = ROLLING_WINDOWS.find((w) => String(w) === arg);
    return window === undefined ? undefined : { kind: 'rolling', window };
  }
  return undefined;
}

export function readTransform(raw: string, spec: ChartSpec): FieldRead {
  const value = readValue(raw);
  if (value === undefined) {
    return {
      ok: false,
      message: 'expected abs, share:total|chpl|sel, index:<period>, yoy, roll:3|6|12 or ytd',
    };
  }
  return { ok: true, spec: { ...spec, transform: value } };
}
