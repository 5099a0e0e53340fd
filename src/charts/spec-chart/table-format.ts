// Number formats for one column of the table view. A column states its unit once in its header
// ("US$ million") and writes every cell with the same number of decimals, so that right-aligned tabular
// figures line up on the decimal point. The scale follows the column's smallest value, so every cell keeps at
// least three significant figures (the larger ones have more, never fewer).
import type { Unit } from '../../data/series';
import { decimalsFor } from '../kit/format';
import { fixed } from '../kit/number-format';

export interface ColumnFormat {
  /** What the numbers are in: "US$ million", "tonnes", "%", "index, 2021 = 100". */
  unitLabel: string;
  format: (value: number | null) => string;
}

const CODE = { USD: 'US$', EUR: 'EUR', CNY: 'CNY' } as const;
const SCALES = [
  { divisor: 1e9, word: 'billion' },
  { divisor: 1e6, word: 'million' },
  { divisor: 1e3, word: 'thousand' },
] as const;
/** Decimals beyond which a column of shares or growth rates gets no more precise, only wider. */
const MAX_DECIMALS = 3;

function smallestNonZero(values: readonly (number | null)[]): number | null {
  let smallest: number | null = null;
  for (const value of values) {
    if (value === null || value === 0 || !Number.isFinite(value)) continue;
    const abs = Math.abs(value);
    if (smallest === null || abs < smallest) smallest = abs;
  }
  return smallest;
}

function scaleFor(values: readonly (number | null)[]): { divisor: number; word: string | null } {
  const smallest = smallestNonZero(values);
  const scale = smallest === null ? undefined : SCALES.find((s) => smallest >= s.divisor);
  return scale ?? { divisor: 1, word: null };
}

function unitLabelFor(unit: Unit, word: string | null): string {
  switch (unit.kind) {
    case 'currency':
      return word ? `${CODE[unit.currency]} ${word}` : CODE[unit.currency];
    case 'quantity':
      return word ? `${word} tonnes` : 'tonnes';
    case 'unit-value':
      return `${CODE[unit.currency]} per kg`;
    case 'percent':
      return '% share';
    case 'index':
      return `index, ${unit.base} = 100`;
    case 'change-percent':
      return '% change';
  }
}

export function columnFormat(values: readonly (number | null)[], unit: Unit): ColumnFormat {
  const scalable = unit.kind === 'currency' || unit.kind === 'quantity';
  const { divisor, word } = scalable ? scaleFor(values) : { divisor: 1, word: null };
  const minDecimals = unit.kind === 'unit-value' ? 2 : 1;
  let decimals = minDecimals;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    const scaled = Number((value / divisor).toPrecision(3));
    decimals = Math.max(decimals, Math.min(MAX_DECIMALS, decimalsFor(scaled, minDecimals)));
  }
  const number = fixed(decimals);
  const signed = unit.kind === 'change-percent';
  return {
    unitLabel: unitLabelFor(unit, word),
    format: (value) => {
      if (value === null) return 'no data';
      const text = number(value / divisor);
      // A value too small for the column's decimals is said to be small, not written as a zero.
      if (value !== 0 && Number(text.replace(/[,−]/g, '')) === 0) {
        return `${value < 0 ? '>−' : '<'}${number(10 ** -decimals)}`;
      }
      return signed && value > 0 ? `+${text}` : text;
    },
  };
}
