// Periods are ISO strings: "2023" (annual) or "2023-04" (monthly). Both sort correctly as strings.

export function periodRange(from: string, to: string): string[] {
  const annual = /^\d{4}$/;
  if (annual.test(from) && annual.test(to)) {
    const periods: string[] = [];
    for (let year = Number(from); year <= Number(to); year++) periods.push(String(year));
    return periods;
  }
  const monthly = /^(\d{4})-(\d{2})$/;
  const start = monthly.exec(from);
  const end = monthly.exec(to);
  if (!start || !end) throw new Error(`periodRange: "${from}" and "${to}" must both be YYYY or both YYYY-MM`);
  const periods: string[] = [];
  for (let index = monthIndex(start); index <= monthIndex(end); index++) {
    const year = Math.floor(index / 12);
    periods.push(`${year}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return periods;
}

function monthIndex(match: RegExpExecArray): number {
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** Inclusive; compares periods of the same frequency. */
export function periodInRange(period: string, from?: string, to?: string): boolean {
  return (from === undefined || period >= from) && (to === undefined || period <= to);
}
