// The subtitle's unit words, one per kind of unit: the axis label's words, except a share's plain "%".
import { expect, it } from 'vitest';
import type { Unit } from '../../../src/data/series';
import { unitPhrase } from '../../../src/figure/spec-data/describe-spec';

it('words every kind of unit as the subtitle has said it', () => {
  const cases: [Unit, string][] = [
    [{ kind: 'currency', currency: 'USD' }, 'US$, current prices'],
    [{ kind: 'currency', currency: 'EUR' }, 'EUR, current prices'],
    [{ kind: 'currency', currency: 'CNY' }, 'CNY, current prices'],
    [{ kind: 'quantity', unit: 't' }, 'tonnes'],
    [{ kind: 'unit-value', currency: 'USD', per: 'kg' }, 'US$ per kg'],
    [{ kind: 'percent' }, '%'],
    [{ kind: 'index', base: '2021' }, 'index, 2021 = 100'],
    [{ kind: 'change-percent' }, '% change on a year earlier'],
  ];
  for (const [unit, words] of cases) expect(unitPhrase(unit)).toBe(words);
});
