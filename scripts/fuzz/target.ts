// What a fuzz target is, for `npm run fuzz` (scripts/fuzz/run.ts) and the fast profile in `npm test`.
// A target turns one generated input into an outcome; a thrown error is a crash, a broken invariant too.
import type fc from 'fast-check';

/**
 * How one input ended:
 * - `clean`: read as given, nothing to say;
 * - `notice`: read, with notices saying what was not used (the page keeps working);
 * - `refused`: not read at all, with a clear message (e.g. a link over the length limit).
 */
export type FuzzOutcome = 'clean' | 'notice' | 'refused';

export interface FuzzTarget<T = unknown> {
  /** Short name shown in the report, e.g. "explorer-search". */
  name: string;
  /** What it reads, in a few words. */
  description: string;
  arbitrary: fc.Arbitrary<T>;
  /** Reads one input. Throws (or returns an error message via `invariant`) when the code under test misbehaves. */
  run(input: T): FuzzOutcome;
  /** Shows an input in a report (shortened): a failing case must be reproducible. */
  show(input: T): string;
}

/** Thrown by a target when its code returned something it must never return. */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

export function invariant(condition: boolean, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}

export function defineTarget<T>(target: FuzzTarget<T>): FuzzTarget<T> {
  return target;
}

export const shorten = (text: string, max = 160) =>
  text.length > max ? `${JSON.stringify(text.slice(0, max))}… (${text.length} chars)` : JSON.stringify(text);
