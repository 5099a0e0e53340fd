// Numbers with their unit, for axes (short: "$1.2 bn", "€250 m", "1.5 k t", "12%") and for tooltips and
// tables (long: "US$ 211.4 million", "US$ 2.16 billion", "1,234.5 t", "US$ 12.30 per kg": at least three
// significant figures, so a figure quoted from a tooltip or the table is within 0.5%). Null is "no data", never 0.
import type { Unit } from '../../data/series';
import { formatSignificant, formatUsdLong, formatUsdShort } from './format';
import { fixed, trimmed } from './number-format';
import { i18n, localeNumbers } from '../../i18n/i18n';

const SYMBOL = { USD: '$', EUR: '€', CNY: 'CN¥' } as const;
const CODE = { USD: 'US$', EUR: 'EUR', CNY: 'CNY' } as const;
const twoDecimals = fixed(2);

function compact(value: number, precision = 2): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const [divisor, suffix] =
    abs >= 1e9 ? [1e9, ' bn'] : abs >= 1e6 ? [1e6, ' m'] : abs >= 1e3 ? [1e3, ' k'] : [1, ''];
  const scaled = abs / divisor;
  const digits = scaled === 0 ? '0' : trimmed(Number(scaled.toPrecision(scaled >= 100 ? 3 : precision)));
  return `${sign}${digits}${suffix}`;
}

const minus = (text: string) => text.replace('-', '−');

/** `precise`: three significant digits (labels on bars), not two (axis ticks). */
export function formatShort(value: number, unit: Unit, precise = false): string {
  // Chinese or Russian number words (src/i18n/number-words.ts); English goes on as it always has.
  const other = localeNumbers();
  if (other) return other.short(value, unit, precise);
  switch (unit.kind) {
    case 'currency':
      if (unit.currency === 'USD' && !precise) return formatUsdShort(value);
      return compact(value, precise ? 3 : 2).replace(/^(−?)/, `$1${SYMBOL[unit.currency]}`);
    case 'quantity':
      return `${compact(value, precise ? 3 : 2)} t`;
    case 'unit-value':
      return `${SYMBOL[unit.currency]}${trimmed(Number(value.toPrecision(3)))}/kg`;
    case 'percent':
      return `${minus(trimmed(Number(value.toPrecision(3))))}%`;
    case 'index':
      return minus(trimmed(Number(value.toPrecision(3))));
    case 'change-percent':
      return `${value > 0 ? '+' : ''}${minus(trimmed(Number(value.toPrecision(3))))}%`;
  }
}

function longMoney(value: number, code: string): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${code} ${formatSignificant(value / 1e9)} billion`;
  if (abs >= 1e6) return `${code} ${formatSignificant(value / 1e6)} million`;
  if (abs >= 1e3) return `${code} ${formatSignificant(value / 1e3)} thousand`;
  return `${code} ${formatSignificant(value)}`;
}

export function formatLong(value: number | null, unit: Unit): string {
  if (value === null) return i18n._({ id: 'chart.no-data', message: 'no data' });
  const other = localeNumbers();
  if (other) return other.long(value, unit);
  switch (unit.kind) {
    case 'currency':
      // Billions read better than thousands of millions; below that the house format stays.
      return unit.currency === 'USD' && Math.abs(value) < 1e9
        ? formatUsdLong(value)
        : longMoney(value, CODE[unit.currency]);
    case 'quantity':
      return `${formatSignificant(value)} t`;
    case 'unit-value':
      return `${CODE[unit.currency]} ${Math.abs(value) >= 1 ? twoDecimals(value) : formatSignificant(value, 2)} per kg`;
    case 'percent':
      return `${minus(formatSignificant(value))} %`;
    case 'index':
      return `${minus(formatSignificant(value))} (${unit.base} = 100)`;
    case 'change-percent':
      return `${value > 0 ? '+' : ''}${minus(formatSignificant(value))} %`;
  }
}

/** What an axis measures, said once above it: "US$", "EUR", "tonnes", "US$ per kg", "%", "index". */
export function unitAxisLabel(unit: Unit): string {
  switch (unit.kind) {
    case 'currency':
      return i18n._(
        { id: 'chart.axis.currency', message: '{code}, current prices' },
        { code: CODE[unit.currency] },
      );
    case 'quantity':
      return i18n._({ id: 'chart.axis.tonnes', message: 'tonnes' });
    case 'unit-value':
      return i18n._({ id: 'chart.axis.per-kg', message: '{code} per kg' }, { code: CODE[unit.currency] });
    case 'percent':
      return i18n._({ id: 'chart.axis.share', message: '% share' });
    case 'index':
      return i18n._({ id: 'chart.axis.index', message: 'index, {base} = 100' }, { base: unit.base });
    case 'change-percent':
      return i18n._({ id: 'chart.axis.change', message: '% change on a year earlier' });
  }
}
