// The transform in the URL: `tf=abs`, `share:total|chpl|sel`, `index:2021`, `yoy`, `roll:12`, `ytd`. Each token
// is its TRANSFORMS row's (transforms.ts).
import type { ChartSpec, Transform } from './schema';
import { TRANSFORM_KINDS, TRANSFORMS, transformRow } from './transforms';
import type { FieldRead } from './url-codec';
import { i18n } from '../i18n/i18n';

export function writeTransform(value: Transform): string {
  return transformRow(value).writeUrl(value);
}

function readValue(raw: string): Transform | undefined {
  const [name, arg, ...extra] = raw.split(':');
  if (extra.length > 0) return undefined;
  const kind = TRANSFORM_KINDS.find((k) => TRANSFORMS[k].urlName === name);
  return kind === undefined ? undefined : TRANSFORMS[kind].readUrl(arg);
}

const shapes = TRANSFORM_KINDS.map((kind) => TRANSFORMS[kind].urlShape);
const expected = () =>
  i18n._(
    { id: 'u.tf', message: 'expected {shapes} or {last}' },
    { shapes: shapes.slice(0, -1).join(', '), last: shapes.at(-1) ?? '' },
  );

export function readTransform(raw: string, spec: ChartSpec): FieldRead {
  const value = readValue(raw);
  if (value === undefined) return { ok: false, message: expected() };
  return { ok: true, spec: { ...spec, transform: value } };
}
