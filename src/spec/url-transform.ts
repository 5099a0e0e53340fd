// The transform in the URL: `tf=abs`, `share:total|chpl|sel`, `index:2021`, `yoy`, `roll:12`, `ytd`. Each token
// is its TRANSFORMS row's (transforms.ts).
import type { ChartSpec, Transform } from './schema';
import { TRANSFORM_KINDS, TRANSFORMS, transformRow } from './transforms';
import type { FieldRead } from './url-codec';

export function writeTransform(value: Transform): string {
  return transformRow(value).writeUrl(value);
}

function readValue(raw: string): Transform | undefined {
  const [name, arg, ...extra] = raw.split(':');
  if (extra.length > 0) return undefined;
  const kind = TRANSFORM_KINDS.find((k) => TRANSFORMS[k].urlName === name);
  return kind === undefined ? undefined : TRANSFORMS[kind].readUrl(arg);
}

export function readTransform(raw: string, spec: ChartSpec): FieldRead {
  const value = readValue(raw);
  if (value === undefined) return { ok: false, reason: { id: 'u.tf' } };
  return { ok: true, spec: { ...spec, transform: value } };
}
