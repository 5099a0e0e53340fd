// A spec's bounds may be years or months; a year bound covers all its months.

/** First month a bound covers: "2019" -> "2019-01". */
export function periodStart(period: string): string {
  return period.length === 4 ? `${period}-01` : period;
}

/** Last month a bound covers: "2023" -> "2023-12". */
export function periodEnd(period: string): string {
  return period.length === 4 ? `${period}-12` : period;
}

/** Whether a data period ("YYYY" or "YYYY-MM") lies inside the inclusive range [from, to]. */
export function isPeriodInRange(period: string, from: string, to: string): boolean {
  return periodStart(period) >= periodStart(from) && periodEnd(period) <= periodEnd(to);
}
