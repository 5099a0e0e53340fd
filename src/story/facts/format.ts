// Number formats for prose: short money ("$211 m"), shares ("7.9%"), ratios ("9.7 times"), changes ("−19%").
// Null is "no data" and says so, never "$0".
import { fixed } from '../../charts/kit/number-format';

const oneDecimal = fixed(1, { grouping: false });
const wholeOrOne = (value: number) =>
  Math.abs(value) >= 10 ? fixed(0, { grouping: false })(value) : oneDecimal(value);

/** "$1.0 bn", "$110 bn", "$83 m", "$7.4 m": one decimal below 10 of a unit, so $1,049 m is not "$1 bn". */
export function usd(value: number | null): string {
  if (value === null) return 'no data';
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  const [divisor, suffix] =
    abs >= 1e9 ? [1e9, ' bn'] : abs >= 1e6 ? [1e6, ' m'] : abs >= 1e3 ? [1e3, ' k'] : [1, ''];
  const scaled = abs / divisor;
  return `${sign}$${scaled < 10 && divisor > 1 ? oneDecimal(scaled) : fixed(0)(scaled)}${suffix}`;
}

/** Billions with two decimals, for comparing two totals that are close ("$90.08 bn"). */
export function usdBillions(value: number | null): string {
  return value === null ? 'no data' : `$${fixed(2, { grouping: false })(value / 1e9)} bn`;
}

/** "€1.6 bn" — EUR amounts keep their currency. */
export function eur(value: number | null): string {
  return value === null ? 'no data' : usd(value).replace('$', '€');
}

/** A share (0..1) as a percentage with one decimal. */
export function percent(share: number | null): string {
  return share === null ? 'no data' : `${oneDecimal(share * 100)}%`;
}

/** A change between two values as a signed percentage: "+52%", "−19%". */
export function change(ratio: number | null): string {
  if (ratio === null) return 'no data';
  const pct = (ratio - 1) * 100;
  const text = wholeOrOne(Math.abs(pct));
  return `${pct < 0 ? '−' : '+'}${text}%`;
}

/** A ratio as "9.7 times" (used for rises of more than double). */
export function times(ratio: number | null): string {
  return ratio === null ? 'no data' : `${oneDecimal(ratio)} times`;
}

/** A change in words: "9.7 times" for a rise beyond double, "+52%" or "−19%" otherwise. */
export function changeInWords(ratio: number | null): string {
  if (ratio === null) return 'no data';
  return ratio >= 2 ? times(ratio) : change(ratio);
}

/** The ratio later/earlier, or null when a side is missing or the base is zero. */
export function ratioOf(later: number | null, earlier: number | null): number | null {
  if (later === null || earlier === null || earlier === 0) return null;
  return later / earlier;
}
