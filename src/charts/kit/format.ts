// Money formats. Short forms for axes ("$1.2 bn", "$250 m"); long, exact-enough forms for tooltips and tables
// ("US$ 211.4 million", "US$ 2.16 million": at least three significant figures, so a quoted figure is within
// 0.5% of the value it stands for). Null is "no data", never "$0".
import { fixed, trimmed } from './number-format';
import { activeIntlLocale, activeLocale, i18n, localeNumbers } from '../../i18n/i18n';

/** Decimals that give `value` at least three significant figures (and at least `min`), capped so a
 * tiny share never prints a dozen zeros. */
export function decimalsFor(value: number, min = 1, max = 6): number {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return min;
  const integerDigits = Math.floor(Math.log10(abs)) + 1;
  return Math.min(max, Math.max(min, 3 - integerDigits));
}

/** "2,608.6", "2.16", "0.0523": grouped thousands, at least three significant figures. */
export function formatSignificant(value: number, min = 1): string {
  const digits = decimalsFor(Number(value.toPrecision(3)), min);
  return fixed(digits)(value);
}

const USD = { kind: 'currency', currency: 'USD' } as const;

function short(value: number, divisor: number): string {
  const scaled = value / divisor;
  return trimmed(Number(scaled.toPrecision(scaled >= 100 ? 3 : 2)));
}

export function formatUsdShort(value: number): string {
  const other = localeNumbers();
  if (other) return other.short(value, USD);
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (abs === 0) return '$0';
  if (abs >= 1e9) return `${sign}$${short(abs, 1e9)} bn`;
  if (abs >= 1e6) return `${sign}$${short(abs, 1e6)} m`;
  if (abs >= 1e3) return `${sign}$${short(abs, 1e3)} k`;
  return `${sign}$${short(abs, 1)}`;
}

export function formatUsdLong(value: number | null): string {
  if (value === null) return i18n._({ id: 'chart.no-data', message: 'no data' });
  const other = localeNumbers();
  if (other) return other.long(value, USD);
  const abs = Math.abs(value);
  if (abs >= 1e6) return `US$ ${formatSignificant(value / 1e6)} million`;
  if (abs >= 1e3) return `US$ ${formatSignificant(value / 1e3)} thousand`;
  return `US$ ${formatSignificant(value)}`;
}

const percentFormat = fixed(1, { grouping: false, plus: true });

/** A signed difference in percent, or an em dash when a side is missing (never 0). */
export function formatPercentDiff(value: number | null): string {
  return value === null ? '—' : `${percentFormat(value).replace('-', '−')} %`;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2022-02-24" -> "24 Feb 2022"; in Chinese and Russian as Intl writes a date there ("2022年2月24日",
 * "24 февраля 2022 г."). No time zone involved: the date is a calendar date, formatted as UTC. */
export function formatIsoDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (activeLocale() !== 'en' && year && month && day) {
    const utc = Date.UTC(Number(year), Number(month) - 1, Number(day));
    const format = new Intl.DateTimeFormat(activeIntlLocale(), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    if (Number.isFinite(utc)) return format.format(utc);
  }
  return `${Number(day)} ${monthNames[Number(month) - 1] ?? month} ${year}`;
}
