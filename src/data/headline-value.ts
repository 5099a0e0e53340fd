// Reads the number out of a published figure's `value` field ("179", "~400 (doubled vs 2021)", "over 500",
// "200 (2021) -> over 500 (2022)"). Only a single plain number in money can be plotted beside our data; a
// range, a bound, several numbers or a share is cited in the text instead.
import type { HeadlineFigure } from './schema';

export type HeadlineKind = 'exact' | 'approximate' | 'bound' | 'multiple' | 'unreadable';

export interface HeadlineValue {
  kind: HeadlineKind;
  /** The first number, in the row's unit (e.g. 179 for "USD million"); null if none could be read. */
  number: number | null;
  /** The same in whole US$ when the unit is money, else null. */
  usd: number | null;
}

const APPROXIMATE = /^(~|about|around|approximately)\s*/i;
const BOUND = /^(over|more than|almost|nearly|under|less than|at least|up to)\s+/i;
const NUMBER = /^[-+]?\d+(\.\d+)?/;
const UNIT_FACTOR: Readonly<Record<string, number>> = { 'USD million': 1e6, 'USD billion': 1e9 };

function qualifierOf(text: string): { kind: HeadlineKind; rest: string } {
  const approximate = APPROXIMATE.exec(text);
  if (approximate) return { kind: 'approximate', rest: text.slice(approximate[0].length) };
  const bound = BOUND.exec(text);
  if (bound) return { kind: 'bound', rest: text.slice(bound[0].length) };
  return { kind: 'exact', rest: text };
}

export function parseHeadlineValue(figure: Pick<HeadlineFigure, 'value' | 'unit'>): HeadlineValue {
  const { kind, rest } = qualifierOf(figure.value.trim());
  const match = NUMBER.exec(rest);
  if (!match) return { kind: 'unreadable', number: null, usd: null };
  const number = Number(match[0]);
  // Remarks in brackets ("(+52.2% y/y)", "(2021)") qualify the number; any other digit is a second figure.
  const remainder = rest.slice(match[0].length).replace(/\([^)]*\)/g, '');
  const factor = UNIT_FACTOR[figure.unit];
  const usd = factor === undefined ? null : number * factor;
  return { kind: /\d/.test(remainder) ? 'multiple' : kind, number, usd };
}

/** Year-values a row's note gives in the form "2021 = $74M" (the same report's figure for another year). */
export function noteFigures(note: string): { period: string; usd: number }[] {
  return [...note.matchAll(/\b(\d{4}) = \$(\d+(?:\.\d+)?)\s?M\b/g)].map((m) => ({
    period: m[1] ?? '',
    usd: Number(m[2]) * 1e6,
  }));
}

/** The row with this id, or undefined when this build's file lacks it (the figure is then not cited). */
export function findHeadline(headlines: readonly HeadlineFigure[], id: string): HeadlineFigure | undefined {
  return headlines.find((row) => row.id === id);
}
