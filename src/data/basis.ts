import type { ReportingBasis } from './schema';

/** The one basis all values share, or null when there are none or they disagree (a chart must not guess). */
export function commonBasis(bases: readonly (ReportingBasis | null)[]): ReportingBasis | null {
  const first = bases[0];
  if (first === undefined || first === null) return null;
  return bases.every((basis) => basis === first) ? first : null;
}
