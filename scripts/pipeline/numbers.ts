// Strict number parsing for raw cells: a malformed or negative value is an error that names the cell, never NaN.
import { cellError, type RowContext } from './errors';

const DECIMAL = /^\d+(\.\d+)?$/;

/** A non-negative decimal (no sign, no exponent), e.g. "3185.86". */
export function parseNonNegative(text: string, ctx: RowContext, column: string): number {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) throw cellError(ctx, column, 'expected a non-negative number', text);
  return Number(trimmed);
}

/** Like parseNonNegative, but an empty cell is null (no data), never 0. */
export function parseOptionalNonNegative(text: string, ctx: RowContext, column: string): number | null {
  return text.trim() === '' ? null : parseNonNegative(text, ctx, column);
}

export function parseInteger(text: string, ctx: RowContext, column: string): number {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) throw cellError(ctx, column, 'expected a whole number', text);
  return Number(trimmed);
}

/** Converts a value in thousands/millions/billions to whole units: 48.641 thousand -> 48641. */
export function toWholeUnits(value: number, factor: number): number {
  return Math.round(value * factor);
}

/** Percentage difference of `value` against `base`, 2 decimals; null when either is missing or base is 0. */
export function pctDiff(value: number | null, base: number | null): number | null {
  if (value === null || base === null || base === 0) return null;
  return Math.round(((value - base) / base) * 10000) / 100;
}
