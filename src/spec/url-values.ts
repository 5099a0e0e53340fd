// Checks of single URL values, without zod: each says why a value cannot be used, in the words of the schema.
// tests/unit/spec/url-values.test.ts holds them to the zod schemas in schema.ts.
import { PARTNER_CODE_PATTERN, PERIOD_PATTERN } from '../data/patterns';
import { i18n } from '../i18n/i18n';
import { isYearInRange, MAX_YEAR, MIN_YEAR } from './fields';

export type ValueRead<T> = { ok: true; value: T } | { ok: false; message: string };

export function readOneOf<T extends string>(options: readonly T[], raw: string): ValueRead<T> {
  const value = options.find((option) => option === raw);
  return value === undefined
    ? {
        ok: false,
        message: i18n._(
          { id: 'u.one-of', message: 'expected one of {options}' },
          { options: options.join(', ') },
        ),
      }
    : { ok: true, value };
}

/** A period bound: "YYYY" or "YYYY-MM", within the years the spec accepts. */
export function readSpecPeriod(raw: string): ValueRead<string> {
  if (!PERIOD_PATTERN.test(raw))
    return { ok: false, message: i18n._({ id: 'u.period', message: 'expected YYYY or YYYY-MM' }) };
  if (!isYearInRange(raw))
    return {
      ok: false,
      message: i18n._(
        { id: 'u.years', message: 'expected a year between {min} and {max}' },
        { min: MIN_YEAR, max: MAX_YEAR },
      ),
    };
  return { ok: true, value: raw };
}

export function isPartnerCode(code: string): boolean {
  return PARTNER_CODE_PATTERN.test(code);
}
