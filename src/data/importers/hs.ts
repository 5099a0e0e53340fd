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

const DIGITS = /^\d{1,10}$/;
const TOTAL = /^total$/i;
const DOTS_AND_SPACES = /[.\s]/g;
const TOTAL_RESULT: ProductResult = { ok: true, product: 'TOTAL', truncatedFrom: null, zeroRestored: false };
const NOT_A_CODE: ProductResult = { ok: false, kind: 'invalid', message: 'not a commodity code' };

export function parseProductCode(raw: string): ProductResult {
  // Plain ASCII digits are what NFKC, trimming and dropping dots would leave unchanged: skip those steps.
  const text = DIGITS.test(raw) ? raw : raw.normalize('NFKC').trim().replace(DOTS_AND_SPACES, '');
  if (TOTAL.test(text)) return TOTAL_RESULT;
  if (!DIGITS.test(text)) return NOT_A_CODE;
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
