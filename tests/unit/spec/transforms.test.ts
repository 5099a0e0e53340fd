import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/spec/datasets';
import { transform } from '../../../src/spec/schema';
import { TRANSFORM_CHOICES } from '../../../src/spec/transform-choices';
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
    const initial = TRANSFORM_CHOICES[kind].initial(monthly, '2021');
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

describe('the years one value reads (spans), where a break inside it is named', () => {
  it('a rolling sum reaches back into the year before until its window fits in the year', () => {
    const rolling = { kind: 'rolling', window: 12 } as const;
    expect(TRANSFORMS.rolling.spans(rolling, '2022-01')).toEqual({ from: 2021, to: 2022 });
    expect(TRANSFORMS.rolling.spans(rolling, '2022-11')).toEqual({ from: 2021, to: 2022 });
    expect(TRANSFORMS.rolling.spans(rolling, '2022-12')).toBeNull();
    expect(TRANSFORMS.rolling.spans({ kind: 'rolling', window: 3 }, '2022-03')).toBeNull();
    expect(TRANSFORMS.rolling.spans({ kind: 'rolling', window: 3 }, '2022-02')).toEqual({
      from: 2021,
      to: 2022,
    });
  });

  it('a change on a year earlier reads the year before; an index its base; the others their own year', () => {
    expect(TRANSFORMS.yoy.spans({ kind: 'yoy' }, '2022-03')).toEqual({ from: 2021, to: 2022 });
    expect(TRANSFORMS.yoy.spanWords({ kind: 'yoy' }, '2022-03', 'X')).toBe('Compared with 2021-03: across X');
    expect(TRANSFORMS.index.spans({ kind: 'index', base: '2021' }, '2023')).toEqual({ from: 2021, to: 2023 });
    expect(TRANSFORMS.index.spans({ kind: 'index', base: '2021' }, '2021')).toBeNull();
    expect(TRANSFORMS.ytd.spans({ kind: 'ytd' }, '2022-12')).toBeNull();
    expect(TRANSFORMS.absolute.spans({ kind: 'absolute' }, '2022')).toBeNull();
  });
});
