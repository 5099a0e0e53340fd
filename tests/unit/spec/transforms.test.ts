import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/spec/datasets';
import { transform } from '../../../src/spec/schema';
import { TRANSFORM_KINDS, TRANSFORMS, transformRow } from '../../../src/spec/transforms';
import { readTransform, writeTransform } from '../../../src/spec/url-transform';
import { DEFAULT_SPEC } from '../../../src/spec';

describe('TRANSFORMS, one row per transform', () => {
  it('has a row for every kind of the schema, and only those', () => {
    const kinds = transform._zod.def.options.flatMap((option) => [
      ...option._zod.def.shape.kind._zod.def.values,
    ]);
    expect([...TRANSFORM_KINDS].sort()).toEqual([...kinds].sort());
  });

  it.each(TRANSFORM_KINDS)('%s: its initial transform is valid and survives the URL', (kind) => {
    const monthly = DATASETS['comtrade-chpl-monthly'];
    const initial = TRANSFORMS[kind].initial(monthly, '2021');
    expect(transform.safeParse(initial).success).toBe(true);
    expect(transformRow(initial)).toBe(TRANSFORMS[kind]);
    const read = readTransform(writeTransform(initial), DEFAULT_SPEC);
    expect(read.ok && read.spec.transform).toEqual(initial);
  });

  it('gives each kind its own URL name', () => {
    const names = TRANSFORM_KINDS.map((kind) => TRANSFORMS[kind].urlName);
    expect(new Set(names).size).toBe(names.length);
  });
});
