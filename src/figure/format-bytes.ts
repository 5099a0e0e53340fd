import { format } from 'd3-format';

const oneDecimal = format(',.1f');
const whole = format(',');

export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${oneDecimal(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${oneDecimal(bytes / 1e3)} kB`;
  return `${whole(bytes)} bytes`;
}

export function formatCount(count: number): string {
  return whole(count);
}

/** "US$ 45.92 bn", or an em dash for a missing value (never 0). */
export function formatUsdBillions(value: number | null): string {
  return value === null ? '—' : `US$ ${format(',.2f')(value / 1e9)} bn`;
}
