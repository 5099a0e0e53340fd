import { fixed, grouped as whole } from '../charts/kit/number-format';
import { i18n } from '../i18n/i18n';

const oneDecimal = fixed(1);

export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${oneDecimal(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${oneDecimal(bytes / 1e3)} kB`;
  return i18n._({ id: 'size.bytes', message: '{n} bytes' }, { n: whole(bytes) });
}

export function formatCount(count: number): string {
  return whole(count);
}

/** "US$ 45.92 bn", or an em dash for a missing value (never 0). */
export function formatUsdBillions(value: number | null): string {
  return value === null ? '—' : `US$ ${fixed(2)(value / 1e9)} bn`;
}
