// Checks of single URL values, without zod: each says why a value cannot be used, in the words of the schema.
// tests/unit/spec/url-values.test.ts holds them to the zod schemas in schema.ts.
import { PARTNER_CODE_PATTERN, PERIOD_PATTERN } from '../data/patterns';
import { isYearInRange } from './fields';
import type { ValueReason } from './notices';

export type ValueRead<T> = { ok: true; value: T } | { ok: false; reason: ValueReason };

export function readOneOf<T extends string>(options: readonly T[], raw: string): ValueRead<T> {
  const value = options.find((option) => option === raw);
  return value === undefined ? { ok: false, reason: { id: 'u.one-of', options } } : { ok: true, value };
}

/** A period bound: "YYYY" or "YYYY-MM", within the years the spec accepts. */
export function readSpecPeriod(raw: string): ValueRead<string> {
  if (!PERIOD_PATTERN.test(raw)) return { ok: false, reason: { id: 'u.period' } };
  if (!isYearInRange(raw)) return { ok: false, reason: { id: 'u.years' } };
  return { ok: true, value: raw };
}

export function isPartnerCode(code: string): boolean {
  return PARTNER_CODE_PATTERN.test(code);
}
