// Number formats for one column of the table view. A column states its unit once in its header
// ("US$ million") and writes every cell with the same number of decimals, so that right-aligned tabular
// figures line up on the decimal point. The scale follows the column's smallest value, so every cell keeps at
// least three significant figures (the larger ones have more, never fewer).
import type { Unit } from '../../data/series';
import { decimalsFor } from '../kit/format';
import { fixed } from '../kit/number-format';
import { activeIntlLocale, i18n } from '../../i18n/i18n';

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
type ScaleWord = (typeof SCALES)[number]['word'];

/** One message per scale and unit: "US$ million" is "百万美元" or "млн долл. США", not word for word. */
function scaledMoney(code: string, word: ScaleWord): string {
  if (word === 'billion') return i18n._({ id: 'table.cur-b', message: '{code} billion' }, { code });
  if (word === 'million') return i18n._({ id: 'table.cur-m', message: '{code} million' }, { code });
  return i18n._({ id: 'table.cur-k', message: '{code} thousand' }, { code });
}

function scaledTonnes(word: ScaleWord): string {
  if (word === 'billion') return i18n._({ id: 'table.t-b', message: 'billion tonnes' });
  if (word === 'million') return i18n._({ id: 'table.t-m', message: 'million tonnes' });
  return i18n._({ id: 'table.t-k', message: 'thousand tonnes' });
}
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

function scaleFor(values: readonly (number | null)[]): { divisor: number; word: ScaleWord | null } {
  const smallest = smallestNonZero(values);
  const scale = smallest === null ? undefined : SCALES.find((s) => smallest >= s.divisor);
  return scale ?? { divisor: 1, word: null };
}

function unitLabelFor(unit: Unit, word: ScaleWord | null): string {
  switch (unit.kind) {
    case 'currency':
      return word ? scaledMoney(CODE[unit.currency], word) : CODE[unit.currency];
    case 'quantity':
      return word ? scaledTonnes(word) : i18n._({ id: 'chart.axis.tonnes', message: 'tonnes' });
    case 'unit-value':
      return i18n._({ id: 'chart.axis.per-kg', message: '{code} per kg' }, { code: CODE[unit.currency] });
    case 'percent':
      return i18n._({ id: 'chart.axis.share', message: '% share' });
    case 'index':
      return i18n._({ id: 'chart.axis.index', message: 'index, {base} = 100' }, { base: unit.base });
    case 'change-percent':
      return i18n._({ id: 'table.change', message: '% change' });
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
  const number = fixed(decimals, { locale: activeIntlLocale() });
  const signed = unit.kind === 'change-percent';
  return {
    unitLabel: unitLabelFor(unit, word),
    format: (value) => {
      if (value === null) return i18n._({ id: 'chart.no-data', message: 'no data' });
      const text = number(value / divisor);
      // A value too small for the column's decimals is said to be small, not written as a zero.
      if (value !== 0 && !/[1-9]/.test(text)) {
        return `${value < 0 ? '>−' : '<'}${number(10 ** -decimals)}`;
      }
      return signed && value > 0 ? `+${text}` : text;
    },
  };
}
