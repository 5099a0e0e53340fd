// The Intl-based formats must write exactly what the d3-format specifiers they replaced wrote (d3-format stays a
// dev dependency for this comparison only), so no figure on screen or in a download changes.
import { format } from 'd3-format';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fixed, grouped, trimmed } from '../../../src/charts/kit/number-format';

const money = fc.oneof(
  fc.double({ min: -1e13, max: 1e13, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
  fc.constantFrom(0, -0, 0.5, 1.5, 2.5, -2.5, 0.05, 0.005, 1234.5, -0.04, 999.95, 1e-7),
);

describe('number formats (Intl) match the d3-format specifiers they replace', () => {
  // Up to 15 significant digits: beyond that Intl rounds to 17 where toFixed writes the double's exact digits,
  // and no figure in the app carries that many.
  it.each([0, 1, 2, 3, 6])('%i decimals, with and without grouping (",.Nf", ".Nf")', (decimals) => {
    fc.assert(
      fc.property(money, (value) => {
        fc.pre(Math.abs(value) * 10 ** decimals < 1e15);
        expect(fixed(decimals)(value)).toBe(format(`,.${decimals}f`)(value));
        expect(fixed(decimals, { grouping: false })(value)).toBe(format(`.${decimals}f`)(value));
      }),
      { numRuns: 400 },
    );
  });

  it('"+.1f" writes the sign of positives, zero and negatives as d3 does', () => {
    fc.assert(
      fc.property(money, (value) => {
        fc.pre(Math.abs(value) < 1e14);
        expect(fixed(1, { grouping: false, plus: true })(value)).toBe(format('+.1f')(value));
      }),
      { numRuns: 400 },
    );
  });

  it('"~r" on values rounded to 2 or 3 significant figures', () => {
    const rounded = fc
      .tuple(money, fc.constantFrom(2, 3))
      .map(([value, digits]) => Number(value.toPrecision(digits)))
      .filter((value) => Math.abs(value) < 1e21 && (value === 0 || Math.abs(value) > 1e-6));
    fc.assert(
      fc.property(rounded, (value) => {
        expect(trimmed(value)).toBe(format('~r')(value));
      }),
      { numRuns: 400 },
    );
  });

  it('"," on whole counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (value) => {
        expect(grouped(value)).toBe(format(',')(value));
      }),
    );
  });

  it('rounds a tie in the written decimals as the double it is, as d3-format (toFixed) did', () => {
    expect(fixed(2)(172484.735)).toBe('172,484.73'); // the double is 172484.73499…
    expect(fixed(1)(20.45)).toBe('20.4'); // 20.4499…
  });

  it('writes a true minus sign and never "-0"', () => {
    expect(fixed(1)(-1234.56)).toBe('−1,234.6');
    expect(fixed(1)(-0.01)).toBe('0.0');
    expect(fixed(1, { plus: true })(0)).toBe('+0.0');
    expect(trimmed(-0.0125)).toBe('−0.0125');
  });

  it('makes each distinct format once: tooltips and tables ask for one per value', () => {
    const Real = Intl.NumberFormat;
    let made = 0;
    vi.stubGlobal('Intl', {
      ...Intl,
      NumberFormat: class extends Real {
        constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
          super(...args);
          made += 1;
        }
      },
    });
    try {
      const texts = Array.from({ length: 100 }, (_, i) => fixed(5, { grouping: false, plus: true })(i / 7));
      expect(texts[7]).toBe('+1.00000');
      expect(made).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
