// Commodity codes -> the tidy product: HS6 kept, national 8/10-digit lines cut to HS6 (the first six digits are
// the international HS subheading), chapter and heading aggregates refused (they would double count HS6 rows).
import type { ProductCode } from '../schema';

export type ProductResult =
  | { ok: true; product: ProductCode; truncatedFrom: string | null; zeroRestored: boolean }
  | { ok: false; kind: 'invalid' | 'unsupported'; message: string };

/** Spreadsheets drop leading zeros: "10129" (5 digits) is HS6 "010129", "1012900" (7) is CN8 "01012900". */
function restoreLeadingZero(digits: string): string {
  return digits.length % 2 === 1 ? `0${digits}` : digits;
}

export function parseProductCode(raw: string): ProductResult {
  const text = raw.normalize('NFKC').trim().replace(/[.\s]/g, '');
  if (/^total$/i.test(text)) {
    return { ok: true, product: 'TOTAL', truncatedFrom: null, zeroRestored: false };
  }
  if (!/^\d{1,10}$/.test(text)) return { ok: false, kind: 'invalid', message: 'not a commodity code' };
  const digits = restoreLeadingZero(text);
  const zeroRestored = digits !== text;
  if (digits.length === 6) return { ok: true, product: digits, truncatedFrom: null, zeroRestored };
  if (digits.length === 8 || digits.length === 10) {
    return { ok: true, product: digits.slice(0, 6), truncatedFrom: digits, zeroRestored };
  }
  return {
    ok: false,
    kind: 'unsupported',
    message: `HS${digits.length} aggregate: only HS6 codes and TOTAL can be imported`,
  };
}
